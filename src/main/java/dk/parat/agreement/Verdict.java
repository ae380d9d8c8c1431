package dk.parat.agreement;

import dk.parat.checklist.ItemKind;
import dk.parat.checklist.Status;

/** parat's verdict on one item of one labelled plan, beside the consultants' label. */
public record Verdict(String plan, CorpusPart part, String item, ItemKind kind, String chapter, Label label,
    Status parat) {}
