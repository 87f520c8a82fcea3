// Times fit-file-parser (npm, https://github.com/jimmykane/fit-parser) on the same FIT files as our
// JMH benchmark: every file of each list is read into memory first, then only the parsing of the
// in-memory buffers is timed (wall clock and this process's CPU time). Used by ./bench; run as
//   node heavylegs-bench/src/main/node/fit-file-parser.mjs MODULE_PATH WARMUP_LIST LIST...
// MODULE_PATH is fit-file-parser's ESM entry (installed by ./bench into target/bench-node, never
// committed). Prints one JSON object per list.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [modulePath, warmupList, ...lists] = process.argv.slice(2)
const FitParser = (await import(pathToFileURL(modulePath).href)).default

function load (list) {
  return readFileSync(list, 'utf8').split('\n').filter(l => l.trim() !== '').map(f => readFileSync(f))
}

async function parseAll (buffers) {
  let records = 0
  let failed = 0
  for (const b of buffers) {
    // the library's defaults, list mode; force: read on past errors where it can
    const parser = new FitParser({ force: true, mode: 'list' })
    try {
      const data = await parser.parseAsync(b)
      records += data.records ? data.records.length : 0
    } catch (e) {
      failed++ // a file it cannot read (its time still counts: it was spent)
    }
  }
  return { records, failed }
}

// JIT warm-up on the warm-up list (the corpus), twice
const warm = load(warmupList)
await parseAll(warm)
await parseAll(warm)

for (const list of lists) {
  const buffers = load(list)
  const bytes = buffers.reduce((s, b) => s + b.length, 0)
  const cpu0 = process.cpuUsage()
  const t0 = process.hrtime.bigint()
  const { records, failed } = await parseAll(buffers)
  const wall = Number(process.hrtime.bigint() - t0) / 1e9
  const c = process.cpuUsage(cpu0)
  const cpu = (c.user + c.system) / 1e6
  console.log(JSON.stringify({
    list, files: buffers.length, failed, bytes, records, wall_s: wall, cpu_s: cpu,
    mb_per_s_wall: bytes / 1e6 / wall, mb_per_s_cpu: bytes / 1e6 / cpu, records_per_s_cpu: records / cpu
  }))
}
