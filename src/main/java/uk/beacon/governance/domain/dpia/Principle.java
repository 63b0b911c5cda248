package uk.beacon.governance.domain.dpia;

/**
 * The fundamental principles of CNIL's PIA method: first the necessity and proportionality of the processing,
 * then the controls that protect the rights of the people whose data it is. The questions are ours, written for
 * a UK police force (UK GDPR and the Data Protection Act 2018, Part 3 for law enforcement processing).
 */
public enum Principle {
    PURPOSES("Purposes",
            "Are the purposes of the processing specified, explicit and legitimate, and is the data used for no other?"),
    LEGAL_BASIS("Legal basis",
            "What is the lawful basis for the processing (and the condition for any sensitive or criminal offence "
                    + "data), and where is it set out?"),
    MINIMISATION("Minimisation",
            "Is each item of data adequate, relevant and limited to what the purposes need, and what was left out?"),
    ACCURACY("Accuracy",
            "How is the data kept accurate and up to date, and how are facts told apart from opinions?"),
    RETENTION("Retention",
            "How long is each kind of data kept, why that long, and how is it deleted at the end?"),
    INFORMATION_AND_RIGHTS("Information and rights of data subjects",
            "How are people told about the processing, and how can they exercise their rights of access, "
                    + "rectification, erasure, restriction and objection (including any restrictions that apply)?"),
    PROCESSORS("Processors",
            "Which processors handle the data, and does a contract bind each to the controller's instructions and "
                    + "to protect the data?"),
    TRANSFERS("Transfers outside the UK",
            "Is any data sent or reachable outside the UK, and if so on what basis and with what safeguards?");

    private final String label;
    private final String question;

    Principle(String label, String question) {
        this.label = label;
        this.question = question;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }
}
