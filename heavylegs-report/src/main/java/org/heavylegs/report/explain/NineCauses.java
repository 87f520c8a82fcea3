package org.heavylegs.report.explain;

import java.util.List;

/**
 * The article's nine causes, explained in our own words. The physiology follows
 * ../shared/SCIENCE.md (sections 1 to 9); every number here is one of its figures, and the
 * thresholds the assessors use carry their references there. Texts are single paragraphs;
 * renderers wrap them.
 */
final class NineCauses {
    private NineCauses() {
    }

    static final Explanation DEHYDRATION = new Explanation("dehydration", "Dehydration",
            "Sweat losses not replaced: less blood volume, a harder-working heart, heavier effort.",
            """
            Sweat draws water out of the blood as well as the skin. With less plasma in circulation the \
            heart fills less on each beat, so it beats faster to move the same blood, and it has less to \
            spare for carrying heat to the skin. Core temperature rises, heart rate creeps up at an \
            unchanged pace, and the same run simply costs more effort, which many runners feel as heavy, \
            leaden legs. In cool air a small deficit hardly matters; in warm weather it starts to count \
            once about 2 % of body mass has gone.""",
            """
            The main sign is body mass before and after a run (runs.csv: pre_mass_kg, post_mass_kg): a \
            loss of more than 2 % of body mass. Adding what you drank (fluid_ml) and the duration gives \
            your sweat rate. Heart rate drifting upward at a steady pace (decoupling over 5 %) on a warm \
            run, high temperature and humidity, thirst and dark urine all add weight.""",
            """
            Learn your sweat rate by weighing yourself, without clothes, before and after a few runs. On \
            long or hot runs drink enough to keep the loss under 2 % of body mass, but never so much that \
            you come back heavier. Start hydrated (roughly 5-7 mL per kg of body mass a few hours before), \
            and afterwards replace about one and a half times the mass you lost, with some salt. Give your \
            body 10-14 days of gradual exposure to get used to heat.""",
            List.of("Sawka MN et al. ACSM position stand: Exercise and fluid replacement. Med Sci Sports Exerc 2007;39:377-390",
                    "Sawka MN, Cheuvront SN, Kenefick RW. Hypohydration and human performance. Sports Med 2015;45(S1):S51-S60",
                    "Baker LB. Sweating rate and sweat sodium concentration in athletes. Sports Med 2017;47(S1):111-128",
                    "Coyle EF, González-Alonso J. Cardiovascular drift during prolonged exercise. Exerc Sport Sci Rev 2001;29:88-92"));

    static final Explanation GLYCOGEN_DEPLETION = new Explanation("glycogen_depletion", "Glycogen depletion",
            "The carbohydrate stored in muscle and liver runs low, and pace gets hard to hold.",
            """
            At steady running speeds much of the energy comes from carbohydrate stored as glycogen in the \
            working muscles and in the liver. Those stores are limited, and a long or fast run can draw \
            them down. As they empty, the muscles have to rely more on fat, which yields energy more \
            slowly, so holding the same pace takes more effort; as blood sugar dips, the brain also sends \
            a weaker drive to the legs. The result is dull, heavy legs and a pace that slips late in long \
            runs: the marathoner's "wall".""",
            """
            Pace falling away late in a long run while effort stays up (more than a quarter slower than \
            your early pace over the last kilometres), runs of more than two hours with less than 30 g of \
            carbohydrate per hour logged (runs.csv: carbs_g), hard or long days back to back, and a \
            modelled carbohydrate budget (from body mass, pace and heart rate) that runs out before the \
            run ends.""",
            """
            Eat carbohydrate in the hours before long or hard runs. During a run take up to 30 g per hour \
            from about an hour on, up to 60 g per hour on runs of two to three hours, and up to 90 g per \
            hour from mixed sugars (glucose with fructose) beyond two and a half hours. When the next session is close, refuel straight after (about 1-1.2 g \
            per kg of body mass per hour for the first few hours), and match your daily carbohydrate to \
            how much you train.""",
            List.of("Jeukendrup A. A step towards personalized sports nutrition: carbohydrate intake during exercise. Sports Med 2014;44(S1):S25-S33",
                    "Thomas DT, Erdman KA, Burke LM. Nutrition and athletic performance. Med Sci Sports Exerc 2016;48:543-568",
                    "Rapoport BI. Metabolic factors limiting performance in marathon runners. PLoS Comput Biol 2010;6(10):e1000960",
                    "Romijn JA et al. Regulation of endogenous fat and carbohydrate metabolism. Am J Physiol 1993;265:E380-E391"));

    static final Explanation ELECTROLYTE_IMBALANCE = new Explanation("electrolyte_imbalance", "Electrolyte imbalance",
            "Sodium, potassium, magnesium or calcium out of range upsets how nerves and muscles fire.",
            """
            Nerves and muscles work by moving charged minerals (sodium, potassium, calcium, magnesium) \
            across their cell walls. Replacing big sweat losses with plain water can dilute the sodium in \
            the blood; diuretics, stomach upsets or a poor diet can lower potassium or magnesium. Out of \
            their normal range, these minerals make muscles contract and relax less cleanly, so they can \
            feel weak, twitchy or sluggish. For most runners whose blood tests are normal this is a small \
            effect: research on cramps points more at tired muscles than at lost salt.""",
            """
            Only blood tests outside the reference range are firm evidence (labs.csv: sodium, potassium, \
            magnesium, calcium with albumin). Watch and log data can only hint: long runs in the heat with \
            a high sweat rate and sodium loss, only plain water on runs over two hours, a diuretic, or \
            coming back heavier from a long run, which points to over-drinking and low sodium.""",
            """
            On runs of more than about two hours, or if you sweat heavily and saltily, take sodium with \
            your drinks or food (roughly 230-690 mg per hour, more for salty sweaters). Sodium does not \
            make over-drinking safe: still drink no more than you sweat. Abnormal potassium, magnesium or \
            calcium results are for a doctor to act on, not for supplements you choose yourself.""",
            List.of("Hew-Butler T et al. Statement of the 3rd International Exercise-Associated Hyponatremia Consensus Development Conference. Clin J Sport Med 2015;25:303-320",
                    "Baker LB et al. J Sports Sci 2016;34:358-368 (sweat sodium in athletes)",
                    "Schwellnus MP. Cause of exercise associated muscle cramps. Br J Sports Med 2009;43:401-408",
                    "Miller KC et al. Exercise-associated muscle cramps. J Athl Train 2022;57:5-15",
                    "Coyle EF. Fluid and fuel intake during exercise. J Sports Sci 2004;22:39-55"));

    static final Explanation OVERTRAINING = new Explanation("overtraining", "Overtraining",
            "More training stress than recovery over weeks leaves the legs flat and heavy.",
            """
            Training makes you fitter because the body rebuilds itself a little stronger after each \
            session. When hard days come too close together, or volume rises faster than you can recover, \
            the rebuilding never catches up: small muscle damage lingers, fuel stores stay low, sleep and \
            hormones are unsettled and the nervous system's drive to the muscles fades. Legs feel heavy \
            from the first step, the usual pace costs more, and progress stalls. Caught early, a few days \
            to two weeks of lighter training clears it; pushed on for weeks, recovery can take months.""",
            """
            A jump in recent load compared with your usual load (acute:chronic ratio of 1.5 or more), form \
            (TSB) far below zero for weeks, fitness ramping more than 5-8 points a week, days that are all \
            alike (monotony over 2), a 7-day HRV below your own baseline band or resting heart rate above \
            it, falling efficiency at the same heart rate, and worse sleep, soreness, fatigue or motivation \
            in wellness.csv. No single marker proves it; several together make it likely. The load ratio \
            is a weak marker and is weighed as one.""",
            """
            Cut training by about a third to a half for one to two weeks and leave out the hard sessions; \
            take proper rest days; sleep 7-9 hours; eat enough, carbohydrate included; then build back in \
            small steps. Go hard on days your HRV sits inside its usual band and easy when it is below. \
            Weeks of unexplained poor running with low mood need a doctor to rule out other illness.""",
            List.of("Meeusen R et al. Prevention, diagnosis and treatment of the overtraining syndrome (ECSS/ACSM). Eur J Sport Sci 2013;13:1-24",
                    "Gabbett TJ. The training-injury prevention paradox. Br J Sports Med 2016;50:273-280",
                    "Williams S, West S, Cross MJ, Stokes KA. Br J Sports Med 2017;51:209-210 (EWMA workload ratio)",
                    "Plews DJ et al. Training adaptation and heart rate variability in elite endurance athletes. Sports Med 2013;43:773-781",
                    "Foster C. Monitoring training in athletes with reference to overtraining syndrome. Med Sci Sports Exerc 1998;30:1164-1168",
                    "Buchheit M. Monitoring training status with HR measures. Front Physiol 2014;5:73"));

    static final Explanation POOR_CIRCULATION = new Explanation("poor_circulation", "Poor circulation",
            "Blood gets into or out of the legs poorly (arteries or veins), so they tire or fill up.",
            """
            Working leg muscles need blood coming in through the arteries and leaving through the veins. \
            A narrowed artery (peripheral artery disease, more common with age, smoking and diabetes) \
            cannot raise the flow enough, so the calf or thigh aches and feels heavy at a repeatable \
            effort and recovers within minutes of standing still. Weak valves in the veins (varicose \
            veins, venous insufficiency) let blood pool instead: the legs feel full, heavy and swollen, \
            worse after standing and in the heat, better with the feet up. Diabetes can harm both the \
            vessels and the nerves of the legs.""",
            """
            Mostly what you tell us: leg pain or heaviness when walking or running that goes within ten \
            minutes of standing still (the Edinburgh claudication questions), heaviness worse when \
            standing and better with the legs raised, swelling, and known conditions (diabetes, \
            peripheral artery disease, varicose veins) in athlete.yaml. Watch data can only add repeated \
            stops at a similar point of your runs. One swollen leg or calf pain at rest is a red flag for \
            a clot, not a training question.""",
            """
            This belongs with a doctor: an ankle-brachial index or an ultrasound scan settles it. \
            Graduated compression is the usual care for vein problems. Keep running only as far as your \
            doctor advises, and get help at once for a swollen, painful calf or a cold, pale leg.""",
            List.of("Leng GC, Fowkes FGR. The Edinburgh Claudication Questionnaire. J Clin Epidemiol 1992;45:1101-1109",
                    "Eklöf B et al. Revision of the CEAP classification for chronic venous disorders. J Vasc Surg 2004;40:1248-1252",
                    "Wells PS et al. Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis. N Engl J Med 2003;349:1227-1235"));

    static final Explanation INADEQUATE_WARMUP = new Explanation("inadequate_warmup", "Inadequate warm-up",
            "Starting fast from cold: heavy legs in the first kilometres that ease later.",
            """
            At rest your muscles are cooler and stiffer, and your heart, lungs and blood vessels are still \
            set for sitting. Set off at full pace and you ask for energy the aerobic system cannot supply \
            yet, so the first minutes run on a deficit: breathing and heart rate lag behind, effort spikes \
            and the legs feel heavy and awkward. A few minutes of easy running warms the muscles, opens up \
            blood flow to them and gets oxygen uptake going, after which the same pace feels easier.""",
            """
            The first 10 minutes of your runs: heart rate or pace close to the main-run level within the \
            first 3 minutes (no gradual ramp), efficiency in the first kilometre more than 5 % below the \
            run's median, cadence in the first kilometre clearly below later ones, and heaviness that \
            fades after 10-15 minutes. Your usual warm-up minutes (athlete.yaml, runs.csv) help; heaviness \
            that lasts the whole run argues against this cause.""",
            """
            Run 10-15 minutes at an easy, conversational effort before anything hard, add 4-6 short \
            strides or dynamic drills (leg swings, high knees, heel flicks), and start the main part within \
            5-10 minutes. Warm up for longer in the cold. End with a few minutes of easy running.""",
            List.of("Fradkin AJ, Zazryn TR, Smoliga JM. Effects of warming-up on physical performance. J Strength Cond Res 2010;24:140-148",
                    "Bishop D. Warm up I and II. Sports Med 2003;33:439-454 and 483-498"));

    static final Explanation MUSCLE_FATIGUE = new Explanation("muscle_fatigue", "Muscle fatigue",
            "The muscles tire within the run: force drops, form changes, each step costs more.",
            """
            Long or hard running reduces how much force a muscle can make. By-products of energy use \
            build up inside the fibres, the calcium signal that switches each contraction on works less \
            well, and fibres strained by thousands of landings (downhill ones most) work below their \
            best. The brain also eases off its drive to tired muscles. You notice a shorter stride, feet \
            that stay longer on the ground and legs that feel heavy and slow late in a run, or for a day \
            or two after a hard one.""",
            """
            Within a run, compared at the same pace: cadence falling by more than 3 %, ground contact \
            time or vertical oscillation rising by more than 5 %, pace fading at the same heart rate \
            (efficiency more than 5 % lower in the last third than in the first), and heart rate drifting \
            up (decoupling over 5 %). Between runs: soreness in wellness.csv, a lot of downhill running, \
            and one long run taking a large share of the week.""",
            """
            Take one to three easy days, or cut volume by a fifth to a third for a while. Eat carbohydrate \
            and some protein after hard sessions. Strengthen calves, thighs and hips twice a week so your \
            form holds up longer, and sleep well.""",
            List.of("Chan-Roper M et al. Kinematic changes during a marathon. J Sports Sci Med 2012;11:77-82",
                    "Clermont CA et al. Runners' gait changes over a marathon. J Appl Biomech 2019",
                    "Coyle EF, González-Alonso J. Exerc Sport Sci Rev 2001;29:88-92",
                    "Thomas DT, Erdman KA, Burke LM. Med Sci Sports Exerc 2016;48:543-568"));

    static final Explanation ANEMIA = new Explanation("anemia", "Anemia or low iron",
            "Too little hemoglobin or iron: less oxygen reaches the leg muscles.",
            """
            Hemoglobin in the red blood cells carries oxygen from the lungs to the muscles. With too \
            little of it, or with iron stores too low to make it and to run the muscles' own oxygen \
            machinery, every heartbeat delivers less oxygen. A familiar pace then needs a higher heart \
            rate, cannot be held as long, and leaves the legs heavy and tired even on easy days. Women, \
            vegetarians, runners with heavy periods and those training a lot are most at risk.""",
            """
            Blood tests decide it (labs.csv). Hemoglobin under the WHO cut-off (130 g/L for men, 120 g/L \
            for women) is anemia; ferritin under 30 ug/L means low iron stores even with normal \
            hemoglobin, and under 15 ug/L empty ones. Ferritin rises with inflammation, so it is measured \
            with CRP, rested and in the morning. Watch data can only hint: heart rate rising at the same \
            pace over weeks while load and HRV look normal. Without blood tests this cause stays unknown.""",
            """
            Ask your doctor for a blood count, ferritin, transferrin saturation and CRP. Eat iron-rich \
            foods together with vitamin C. If iron is prescribed, taking it in the morning, soon after \
            training, and on alternate days helps absorption and is kinder to the stomach. Anemia itself \
            needs a doctor to find out why.""",
            List.of("WHO. Guideline on haemoglobin cutoffs to define anaemia in individuals and populations. Geneva, 2024",
                    "Clénin G et al. Iron deficiency in sports. Swiss Med Wkly 2015;145:w14196",
                    "Peeling P et al. Eur J Appl Physiol 2008;103:381-391; Sim M et al. Eur J Appl Physiol 2019;119:1463-1478",
                    "McCormick R, Sim M, Dawson B, Peeling P. Refining treatment strategies for iron deficient athletes. Sports Med 2020;50:2111-2123"));

    static final Explanation BIOMECHANICS = new Explanation("biomechanics", "Biomechanics (running form)",
            "The way you run wastes energy or overloads some muscles, which then tire early.",
            """
            Every stride costs energy, and how you move decides how much. Long strides at a slow turnover \
            that land far ahead of the body brake you on every step and load the thighs; a big bounce \
            lifts your body higher than needed; an uneven gait makes one side work harder. Muscles that do \
            extra work on each of thousands of steps tire sooner and leave the legs heavy. A watch sees \
            only part of this: it cannot see where the foot lands or how it rolls.""",
            """
            Running dynamics from a footpod, chest strap or watch: cadence (in Garmin's population bands, \
            under 153 steps per minute is the lowest 5 % of its users), ground contact time, vertical \
            oscillation and vertical ratio, and a left/right balance outside 47.8-52.2 % on repeated runs; \
            cadence well below what your own speed predicts, with long strides; and form breaking down \
            late in runs. Garmin's bands for the measures other than cadence are unconfirmed here, and all \
            of them describe Garmin users, not what is best for you.""",
            """
            Raise your step rate by about 5 % (at most 10 %) at the same pace, using a metronome for a few \
            minutes per run at first and building up over 2-4 weeks. Think of landing with the foot under \
            the knee. Strengthen hips, glutes and calves. If you have pain, or a left/right imbalance that \
            stays, ask a physiotherapist for a gait analysis.""",
            List.of("Heiderscheit BC et al. Effects of step rate manipulation on joint mechanics during running. Med Sci Sports Exerc 2011;43:296-302",
                    "Willson JD et al. Clin Biomech 2014;29:243-247 (step length and patellofemoral stress)",
                    "Moore IS. Is there an economical running technique? Sports Med 2016;46:793-807",
                    "Folland JP et al. Running technique is an important component of running economy. Med Sci Sports Exerc 2017;49:1412-1423",
                    "Van Hooren B et al. Sports Med 2024;54:1269-1316 (spatiotemporal measures and economy)"));
}
