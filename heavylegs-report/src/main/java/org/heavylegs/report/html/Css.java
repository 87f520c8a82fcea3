package org.heavylegs.report.html;

import org.heavylegs.report.html.chart.Palette;

/** The page's only stylesheet, inlined: screen and print. No web fonts, no url(), no imports. */
final class Css {
    private Css() {
    }

    static String sheet() {
        return """
                :root { --ink: #212529; --muted: #6c757d; --line: #dee2e6; --soft: #f8f9fa;
                  --likely: %s; --possible: %s; --unlikely: %s; --unknown: %s;
                  --emergency: %s; --urgent: %s; --routine: %s; }
                * { box-sizing: border-box; }
                html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
                  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
                .page { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
                h1 { font-size: 28px; margin: 0 0 4px; }
                h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
                h3 { font-size: 16px; margin: 0; }
                code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted);
                  overflow-wrap: anywhere; }
                .meta { margin: 0 0 12px; color: var(--muted); overflow-wrap: anywhere; }
                .meta strong { color: var(--ink); }
                .disclaimer { border: 1px solid var(--line); background: var(--soft); padding: 8px 12px;
                  border-radius: 6px; font-size: 14px; }
                nav.toc { margin: 12px 0 0; font-size: 14px; color: var(--muted); }
                nav.toc a { color: var(--ink); margin-right: 12px; }
                .flags { margin-top: 20px; }
                .flag { border: 2px solid var(--urgent); border-left-width: 10px; border-radius: 6px;
                  padding: 10px 14px; margin: 10px 0; background: #fff4e6; }
                .flag.emergency { border-color: var(--emergency); background: #fff0f0; }
                .flag.routine { border-color: var(--routine); background: #fff9db; }
                .flag h3 { font-size: 17px; }
                .flag p { margin: 6px 0 0; }
                .urgency { display: inline-block; font-size: 12px; font-weight: 700; letter-spacing: .04em;
                  color: #fff; background: var(--urgent); border-radius: 4px; padding: 1px 7px; margin-right: 8px;
                  vertical-align: 2px; }
                .emergency .urgency { background: var(--emergency); }
                .routine .urgency { background: var(--routine); }
                .evidence { color: var(--muted); font-size: 14px; }
                .no-flags { color: var(--muted); margin-top: 20px; }
                figure { margin: 16px 0 24px; }
                figcaption h3 { margin-bottom: 2px; }
                .reading { margin: 0 0 8px; }
                figure.missing .reading { color: var(--muted); font-style: italic; }
                svg.chart { display: block; width: 100%%; max-width: 940px; height: auto; }
                .cause { border: 1px solid var(--line); border-left: 6px solid var(--unknown); border-radius: 6px;
                  padding: 12px 16px; margin: 12px 0; }
                .cause.likely { border-left-color: var(--likely); }
                .cause.possible { border-left-color: var(--possible); }
                .cause.unlikely { border-left-color: var(--unlikely); }
                .cause-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; }
                .rank { color: var(--muted); margin-right: 4px; }
                .badge { font-size: 13px; font-weight: 700; color: #fff; border-radius: 4px; padding: 1px 8px;
                  background: var(--unknown); }
                .badge.likely { background: var(--likely); }
                .badge.possible { background: var(--possible); }
                .badge.unlikely { background: var(--unlikely); }
                .score { font-size: 13px; color: var(--muted); white-space: nowrap; }
                .bar { display: inline-block; width: 120px; height: 9px; background: #e9ecef; border-radius: 5px;
                  vertical-align: 0; overflow: hidden; margin-right: 4px; }
                .fill { display: block; height: 100%%; background: var(--unknown); }
                .likely .fill { background: var(--likely); }
                .possible .fill { background: var(--possible); }
                .unlikely .fill { background: var(--unlikely); }
                .how { margin: 8px 0; }
                table { border-collapse: collapse; width: 100%%; font-size: 14px; margin: 8px 0; }
                th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line);
                  overflow-wrap: break-word; }
                table.findings td:first-child { width: 38%%; }
                .scroll { overflow-x: auto; }
                table.findings { min-width: 560px; }
                th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
                td.num { white-space: nowrap; }
                .for .dir { color: var(--likely); font-weight: 600; }
                .against .dir { color: var(--unlikely); font-weight: 600; }
                .missing-data, .calls, .none { font-size: 14px; color: var(--muted); margin: 6px 0 0; }
                .plan > li { margin: 0 0 16px; }
                .plan h3 { margin-bottom: 4px; }
                .plan ul { margin: 4px 0; padding-left: 20px; }
                .numbers { width: auto; }
                .numbers th { text-transform: none; letter-spacing: 0; font-size: 14px; color: var(--ink);
                  font-weight: 400; }
                .numbers td { font-weight: 700; }
                dl.faq dt { font-weight: 700; margin-top: 14px; }
                dl.faq dd { margin: 4px 0 0; }
                .personal { margin: 4px 0 0; padding: 4px 10px; border-left: 3px solid var(--possible);
                  background: var(--soft); }
                ul.notes { padding-left: 20px; }
                ul.notes li { overflow-wrap: anywhere; }
                footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
                @media (max-width: 640px) { body { font-size: 14px; } .page { padding: 16px 12px; }
                  figure { overflow-x: auto; } svg.chart { min-width: 600px; } table.findings { min-width: 680px; } }
                @media print {
                  @page { margin: 14mm 12mm; }
                  body { font-size: 10pt; }
                  .page { max-width: none; padding: 0; }
                  nav.toc { display: none; }
                  h2 { break-after: avoid; page-break-after: avoid; margin-top: 18pt; }
                  figure, .flag, .plan > li, tr, .how { break-inside: avoid; page-break-inside: avoid; }
                  .cause-head, dl.faq dt { break-after: avoid; page-break-after: avoid; }
                  .cause .calls, .cause .missing-data { break-before: avoid; page-break-before: avoid; }
                  svg.chart { max-width: 100%%; }
                  .scroll { overflow: visible; }
                  table.findings { min-width: 0; }
                  a { color: inherit; text-decoration: none; }
                }
                """.formatted(Palette.LIKELY, Palette.POSSIBLE, Palette.UNLIKELY, Palette.UNKNOWN,
                Palette.EMERGENCY, Palette.URGENT, Palette.ROUTINE);
    }
}
