package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon set-method STUDY COMPONENT METHOD}: stores which method produces a component (a MethodChoice). */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=set-method")
public final class SetMethodCommand implements Command {

    static final String NOT_APPLICABLE = "not-applicable";
    static final String DEFAULT = "default";

    @Reference
    private AccountingService accounting;

    @Override
    public String name() {
        return "set-method";
    }

    @Override
    public String summary() {
        return "choose the accounting method of a component, or declare it not applicable, in a study";
    }

    @Override
    public String usage() {
        StringBuilder methods = new StringBuilder();
        for (AccountingMethod m : accounting.methods()) {
            methods.append(String.format("  %-32s %s%n", m.id(), m.name()));
        }
        return """
                Usage: landcarbon set-method STUDY COMPONENT METHOD

                Stores in STUDY (saved atomically, the previous file kept as .bak) that COMPONENT is produced by
                METHOD, an installed accounting method that offers it. METHOD 'not-applicable' declares that the
                component does not apply to the study (shown as '-', left out of the totals); 'default' removes
                the choice and the declaration, so the account chooses by priority and available inputs again.
                The study is accounted with the new choice before it is saved; a method that does not produce
                the component is refused and nothing is written.

                Installed methods:
                """ + methods;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 3) {
            throw new UsageException("expected STUDY COMPONENT METHOD, got " + args.size() + " argument(s)");
        }
        Path file = StudyEdits.studyPath(args.get(0));
        String component = args.get(1);
        String methodId = args.get(2);
        Study study = StudyEdits.load(file);
        study.getMethodChoices().removeIf(c -> component.equals(c.getComponent()));
        study.getNotApplicable().remove(component);
        if (methodId.equals(NOT_APPLICABLE)) {
            study.getNotApplicable().add(component);
        } else if (!methodId.equals(DEFAULT)) {
            Optional<AccountingMethod> method = accounting.method(methodId);
            if (method.isEmpty()) {
                throw new UsageException("no accounting method '" + methodId + "'; installed: "
                        + String.join(", ", accounting.methods().stream().map(AccountingMethod::id).toList()) + ", or " + NOT_APPLICABLE
                        + " or " + DEFAULT);
            }
            MethodChoice choice = LandCarbonFactory.eINSTANCE.createMethodChoice();
            choice.setComponent(component);
            choice.setMethodId(methodId);
            study.getMethodChoices().add(choice);
        }
        Account account = accounting.account(study, AccountOptions.DEFAULT);
        if (!methodId.equals(NOT_APPLICABLE) && !methodId.equals(DEFAULT)) {
            if (!account.components().contains(component) || account.years().isEmpty()) {
                err.println("landcarbon set-method: " + file + ": the study has no component " + component + "; it has "
                        + String.join(", ", account.components()) + " (nothing saved)");
                return FAILURE;
            }
            ComponentResult first = account.result(account.years().get(0), component);
            if (first.methodId() == null) {
                err.println("landcarbon set-method: " + file + ": " + first.reason() + " (nothing saved)");
                return FAILURE;
            }
        }
        StudyEdits.save(study, file);
        switch (methodId) {
            case NOT_APPLICABLE -> out.println(file + ": " + component + " is declared not applicable (left out of the totals)");
            case DEFAULT -> out.println(file + ": " + component + " uses the default method again");
            default -> {
                out.println(file + ": " + component + " is produced by " + methodId + " - " + accounting.method(methodId).get().name());
                int missing = 0;
                for (int year : account.years()) {
                    if (!account.result(year, component).hasValue()) {
                        missing++;
                    }
                }
                if (missing > 0) {
                    int year = account.years().stream().filter(y -> !account.result(y, component).hasValue()).findFirst().get();
                    out.println("  note: " + missing + " of " + account.years().size() + " years have no value, e.g. " + year + ": "
                            + account.result(year, component).reason());
                }
            }
        }
        return OK;
    }
}
