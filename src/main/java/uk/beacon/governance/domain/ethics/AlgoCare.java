package uk.beacon.governance.domain.ethics;

/**
 * The eight headings of ALGO-CARE, a framework for deciding whether and how a police force should use an
 * algorithm to help make decisions: Oswald, M., Grace, J., Urwin, S. and Barnes, G. C. (2018), "Algorithmic risk
 * assessment policing models: lessons from the Durham HART model and 'Experimental' proportionality", Information
 * &amp; Communications Technology Law 27(2), 223–250, doi:10.1080/13600834.2018.1458455. The questions are ours,
 * written after the paper's headings for a force answering them about its own technology.
 */
public enum AlgoCare {
    ADVISORY("Advisory",
            "Does the output only advise a person who makes the decision? Say who that person is, how much weight "
                    + "they give the output, and how they can and do depart from it."),
    LAWFUL("Lawful",
            "Is the use lawful: what policing purpose does it serve, what is the legal basis for it and for the data "
                    + "it uses, and why is it necessary and proportionate to that purpose?"),
    GRANULARITY("Granularity",
            "Is the output detailed enough, and no more, for the decision it informs? Say what it predicts or "
                    + "sorts, about whom, how uncertain it is, and how gaps and quality of the data affect it."),
    OWNERSHIP("Ownership",
            "Who owns the tool, its code and the data it learns from and produces? Can the force inspect, test, "
                    + "change and stop it, whatever the supplier's contract or intellectual property?"),
    CHALLENGEABLE("Challengeable",
            "How can an output, and a decision made with it, be questioned and reviewed: by the officer, by "
                    + "oversight bodies, and by the person affected? What is published about the tool?"),
    ACCURACY("Accuracy",
            "Does the tool do what it is meant to do? Say how its accuracy was measured and will be monitored, "
                    + "what its errors are (false positives and negatives), and whether they fall unfairly on any "
                    + "group."),
    RESPONSIBLE("Responsible",
            "Is the use responsible: fair, in the public interest, alert to the concerns of the communities it "
                    + "affects, and looked at by people outside the force (academics, an ethics panel, the public)?"),
    EXPLAINABLE("Explainable",
            "Can the force explain, in words the person affected, an officer and a court would understand, what "
                    + "the tool does, what data it uses and why it gave a particular output?");

    private final String label;
    private final String question;

    AlgoCare(String label, String question) {
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
