package io.verifact.workflow;

import io.verifact.model.CheckResult;

import java.util.List;

/** What asking to validate an invoice gave. */
public sealed interface Decision {

    /** The invoice is verified; {@code overridden} when it was validated over failing checks, with a reason. */
    record Validated(boolean overridden) implements Decision {
    }

    /** The invoice was not validated: these checks fail and no reason was given to override them. */
    record Blocked(List<CheckResult> failed) implements Decision {

        public Blocked {
            failed = List.copyOf(failed);
        }
    }
}
