//! A career-planning to-do list for the gap report: what to do before an appraisal or a career
//! conversation, who to talk to, the funding and support there is, and how learning already
//! done counts. Written in our own words from the guidance summarised in the project's domain
//! notes (the support-workforce toolkit's asks); it holds no links, because none of those
//! sources' addresses has been checked for it yet.

/// One part of the to-do list: a heading and its steps, each a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToDo {
    pub heading: &'static str,
    pub steps: &'static [&'static str],
}

/// The to-do list, in the order to work through it.
pub const TO_DO: &[ToDo] = &[
    ToDo {
        heading: "Before an appraisal or career conversation",
        steps: &[
            "Rate your current role and the level you aim for, then print this report or save it as PDF to take with you.",
            "Choose the one to three gaps that matter most to you, and note evidence for what you already do well.",
            "Write down your questions: which roles and routes fit, how much time you would have to study, and who pays.",
        ],
    },
    ToDo {
        heading: "Who to talk to",
        steps: &[
            "Your line manager or supervisor: ask for a career conversation if your appraisal is a long way off.",
            "Your organisation's practice education or learning and development team, and its apprenticeship lead.",
            "A union learning representative, if your workplace has one.",
        ],
    },
    ToDo {
        heading: "Funding and support",
        steps: &[
            "Apprenticeships are paid for by the employer: you earn a wage while you learn and pay no tuition fees.",
            "If you study a nursing, midwifery or allied health degree at university in England, the NHS Learning Support Fund may help with costs such as travel to placements and childcare.",
            "Ask what your employer offers, such as study leave or help with course fees.",
        ],
    },
    ToDo {
        heading: "What you have learnt already counts",
        steps: &[
            "Moving across to another role is progress too, and so is growing in the role you have: what you learnt in one role counts in the next.",
            "Ask course providers about recognition of prior learning: qualifications and experience you already have can shorten a course or apprenticeship.",
            "Keep certificates, reflections and feedback in one place, so your evidence goes with you.",
        ],
    },
];
