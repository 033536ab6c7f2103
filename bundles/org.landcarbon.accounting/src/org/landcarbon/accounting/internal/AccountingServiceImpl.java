package org.landcarbon.accounting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.AuditReport;
import org.landcarbon.accounting.CoefficientEntry;
import org.landcarbon.accounting.CoefficientLibrary;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.accounting.CoefficientSetDiff;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The registry of methods and coefficient libraries, and the accounting of studies with them. */
@Component(service = AccountingService.class)
public final class AccountingServiceImpl implements AccountingService {

    private final List<AccountingMethod> methods = new CopyOnWriteArrayList<>();
    private final List<CoefficientLibrary> libraries = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addMethod(AccountingMethod method) {
        methods.add(method);
    }

    public void removeMethod(AccountingMethod method) {
        methods.remove(method);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addLibrary(CoefficientLibrary library) {
        libraries.add(library);
    }

    public void removeLibrary(CoefficientLibrary library) {
        libraries.remove(library);
    }

    @Override
    public List<AccountingMethod> methods() {
        List<AccountingMethod> list = new ArrayList<>(methods);
        list.sort(Comparator.comparing(AccountingMethod::id));
        return list;
    }

    @Override
    public Optional<AccountingMethod> method(String id) {
        return methods.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<CoefficientSetData> coefficientSets() {
        List<CoefficientSetData> sets = new ArrayList<>();
        for (CoefficientLibrary library : libraries) {
            sets.addAll(library.sets());
        }
        sets.sort(Comparator.comparing(CoefficientSetData::id));
        return sets;
    }

    @Override
    public Optional<CoefficientSetData> coefficientSet(Study study, String id) {
        return CoefficientSets.find(study, coefficientSets(), id);
    }

    @Override
    public Map<String, CoefficientEntry> resolvedEntries(Study study, String setId) throws AccountingException {
        Map<String, CoefficientEntry> entries = new LinkedHashMap<>();
        CoefficientSets.resolve(study, coefficientSets(), setId).forEach((k, t) -> entries.put(k, t.entry()));
        return entries;
    }

    @Override
    public Account account(Study study, AccountOptions options) throws AccountingException {
        Scenario scenario = scenario(study, options.scenario());
        String setId = options.coefficientSetId() != null ? options.coefficientSetId() : study.getCoefficientSetId();
        Map<String, CoefficientValue> coefficients = CoefficientSets.effective(study, coefficientSets(), setId, scenario);
        List<String> notes = new ArrayList<>();
        String description = describe(study, setId, scenario, notes);
        StudyContext context = new StudyContext(study, scenario, coefficients, description);
        if (scenario != null && !scenario.getRules().isEmpty()) {
            notes.add("scenario " + scenario.getName() + " has " + scenario.getRules().size()
                    + " projection rule(s); this account applies only its series and coefficient overrides");
        }
        List<Integer> years = AccountBuilder.years(context, scenario != null, notes);
        Set<String> notApplicable = new TreeSet<>(study.getNotApplicable());
        notApplicable.addAll(options.notApplicable());
        return new AccountBuilder(context, methods(), notApplicable).build(years, scenario == null ? null : scenario.getName(), notes);
    }

    private static String describe(Study study, String setId, Scenario scenario, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        if (setId == null || setId.isBlank()) {
            sb.append("no coefficient set");
            notes.add("the study names no coefficient set: only its own overrides are used");
        } else {
            sb.append("coefficient set ").append(setId);
        }
        int overrides = study.getCoefficientOverrides().size();
        if (overrides > 0) {
            sb.append(" with ").append(overrides).append(" study override").append(overrides == 1 ? "" : "s");
        }
        if (scenario != null && !scenario.getCoefficientOverrides().isEmpty()) {
            sb.append(" and ").append(scenario.getCoefficientOverrides().size()).append(" override(s) of scenario ").append(scenario.getName());
        }
        return sb.toString();
    }

    private static Scenario scenario(Study study, String name) throws AccountingException {
        if (name == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Scenario s : study.getScenarios()) {
            if (name.equals(s.getName())) {
                return s;
            }
            names.add(s.getName());
        }
        throw new AccountingException("the study has no scenario '" + name + "'" + (names.isEmpty() ? " (it has none)" : "; it has: "
                + String.join(", ", names)));
    }

    @Override
    public AuditReport audit(Study study, AccountOptions options) throws AccountingException {
        return new Auditor(study, account(study, options)).audit();
    }

    @Override
    public CoefficientSetDiff diff(Study study, String fromSetId, String toSetId) throws AccountingException {
        return CoefficientSetDiff.between(fromSetId, resolvedEntries(study, fromSetId), toSetId, resolvedEntries(study, toSetId));
    }
}
