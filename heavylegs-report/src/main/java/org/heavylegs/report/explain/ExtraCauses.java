package org.heavylegs.report.explain;

import java.util.List;

/**
 * The "+" of the article's "9+": causes it does not name that runners' data can still show.
 * References not found in ../shared/SCIENCE.md are marked "[recalled; not in SCIENCE.md]" and
 * rules without a published cut-off are marked [heuristic].
 */
final class ExtraCauses {
    private ExtraCauses() {
    }

    static final Explanation HEAT_STRESS = new Explanation("heat_stress", "Heat stress",
            "Hot, humid air sends blood to the skin and raises heart rate, leaving less for the legs.",
            """
            To get rid of heat the body sends more blood to the skin and sweats. In hot or humid air, \
            where sweat evaporates poorly, the skin and the working legs compete for the blood the heart \
            can pump; heart rate drifts up, core temperature rises, and the same pace takes more effort. \
            Losing fluid at the same time makes it worse, and the two effects add up. The legs feel heavy \
            and slow long before anything is wrong with the muscles themselves.""",
            """
            Temperature and humidity of the run (runs.csv, or an ambient sensor; a watch's own sensor \
            reads body heat): a heat index of 32 C (90 F) or more is the weather service's "extreme \
            caution" level, and a WBGT above 28 C is the level at which races are called off. Heart-rate \
            drift above 5 % on warm runs but not on cool ones, and a high sweat rate, add weight.""",
            """
            Run early or late in the day, pace yourself by effort instead of by the watch, drink to your \
            measured sweat rate, and let your body adapt over 10-14 days of gradually longer exposure. \
            Stop and cool down at once if you feel confused or dizzy or you collapse: that is an \
            emergency.""",
            List.of("Armstrong LE et al. ACSM position stand: Exertional heat illness during training and competition. Med Sci Sports Exerc 2007;39:556-572",
                    "Rothfusz LP. The heat index equation. NWS Technical Attachment SR 90-23, 1990",
                    "Sawka MN, Cheuvront SN, Kenefick RW. Sports Med 2015;45(S1):S51-S60",
                    "Wingo JE, Ganio MS, Cureton KJ. Cardiovascular drift during heat stress. Exerc Sport Sci Rev 2012;40:88-94"));

    static final Explanation SLEEP_DEBT = new Explanation("sleep_debt", "Sleep debt",
            "Too little sleep slows recovery, and a tired runner feels the legs as heavier.",
            """
            Much of the repair after training happens during sleep, and short nights also make any given \
            effort feel harder. After several short nights the legs have recovered less from earlier \
            sessions and the brain rates the usual pace as tougher, which comes across as heavy, \
            unwilling legs. It often comes together with overtraining and with stress.""",
            """
            Sleep hours in wellness.csv against your own usual, especially several nights under 7 hours, \
            together with higher fatigue and soreness scores, lower HRV or a higher resting heart rate. \
            There is no published cut-off for runners: the 7-hour line is a rule of thumb [heuristic].""",
            """
            Aim for 7-9 hours with a regular bedtime, move hard sessions away from short nights, and count \
            sleep as part of your training.""",
            List.of("Meeusen R et al. Eur J Sport Sci 2013;13:1-24 (sleep in the recovery check)",
                    "Fullagar HHK et al. Sleep and athletic performance. Sports Med 2015;45:161-186 [recalled; not in SCIENCE.md]"));

    static final Explanation LOW_ENERGY_AVAILABILITY = new Explanation("low_energy_availability",
            "Low energy availability (RED-S)",
            "Eating too little for the training you do leaves the body short of fuel for both.",
            """
            When food does not cover both training and the body's own needs, the body starts saving \
            energy: it refills glycogen poorly, repairs muscle slowly, and turns down the hormones behind \
            adaptation, bone health and, in women, the menstrual cycle. Runs start half-fuelled and the \
            legs feel heavy and weak. Kept up for months this is called relative energy deficiency in \
            sport (RED-S), and it raises the risk of stress fractures.""",
            """
            Signs more than measurements: body mass falling in wellness.csv, periods that have become \
            irregular or stopped, stress fractures, little carbohydrate logged against a high training \
            volume, lasting fatigue with poor results. Food intake is rarely logged, so this often stays \
            possible or unknown.""",
            """
            Eat enough for the training you do: about 5-7 g of carbohydrate per kg of body mass a day for \
            around an hour of training a day, more for more. A sports dietitian can check what you eat. \
            Missed periods or a stress fracture need a doctor.""",
            List.of("Thomas DT, Erdman KA, Burke LM. Med Sci Sports Exerc 2016;48:543-568",
                    "Meeusen R et al. Eur J Sport Sci 2013;13:1-24 (low energy intake among the causes to exclude)",
                    "Mountjoy M et al. IOC consensus statement on relative energy deficiency in sport (RED-S): 2018 update. Br J Sports Med 2018;52:687-697 [recalled; not in SCIENCE.md]"));

    static final Explanation WORN_SHOES = new Explanation("worn_shoes", "Worn-out shoes",
            "Shoes that have lost their cushioning change how the legs take each landing.",
            """
            Midsole foam compresses with use. As it wears, each landing is absorbed differently and the \
            legs' muscles and tendons may take more of the load. Some runners find their legs feel more \
            battered after runs in old shoes. The evidence that shoe wear causes heavy legs is weak; treat \
            it as a cheap thing to rule out.""",
            """
            The kilometres on your current shoes (athlete.yaml: shoe_km). The usual advice to replace \
            shoes after 500-800 km is a convention, not a study result [heuristic].""",
            """
            Note when you start a pair and how far you run in it, rotate two pairs, and if yours are well \
            past 600-800 km try a fresh pair and see whether the heaviness changes. Get shoes fitted to \
            your feet and your running.""",
            List.of("No study links shoe mileage to heavy legs; the replacement distance is a convention [heuristic]"));

    static final Explanation MEDICATION = new Explanation("medication", "Medication",
            "Some common medicines (statins, beta-blockers, diuretics) can make running legs heavy.",
            """
            Statins give some people aching, weak or tired muscles. Beta-blockers cap how high the heart \
            rate can go, so hard running feels harder and heart-rate zones stop fitting. Diuretics remove \
            water and can lower potassium and magnesium, adding to the effects of dehydration and \
            electrolyte loss. Insulin and some diabetes tablets can drop blood sugar on long runs, felt as \
            suddenly weak, shaky legs.""",
            """
            The medicines listed in athlete.yaml (statin, beta_blocker, diuretic), heaviness that began or \
            got worse after starting one, and, with a diuretic, low potassium or magnesium in labs.csv.""",
            """
            Never stop or change a medicine on your own: talk to whoever prescribed it, who may change the \
            dose, the timing or the drug. On a beta-blocker, train by pace or perceived effort instead of \
            heart rate. With diabetes medicines, carry fast carbohydrate and follow your care team's plan \
            for exercise.""",
            List.of("Stroes ES et al. Statin-associated muscle symptoms. Eur Heart J 2015;36:1012-1022 [recalled; not in SCIENCE.md]",
                    "SCIENCE.md section 5.4 (hypoglycaemia in insulin or sulfonylurea users)"));
}
