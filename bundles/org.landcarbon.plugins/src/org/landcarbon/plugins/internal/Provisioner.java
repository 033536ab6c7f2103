package org.landcarbon.plugins.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Lists, installs and uninstalls features of one p2 profile with the p2 director API (planner and engine),
 * the same machinery as Help &gt; Install New Software. Installs are recorded in a {@link PluginState} and
 * their units copied into its repository, so that {@link #restore} can put them into a rebuilt product.
 */
public final class Provisioner {

    /** Profile property of an installed root: the repository it came from. */
    static final String ORIGIN = "org.landcarbon.origin";
    private static final String ROOT = "org.eclipse.equinox.p2.type.root";
    private static final String GROUP = ".feature.group";

    /** One feature of the profile, with the bundles it brought. */
    public record Installed(String feature, String version, String name, String vendor, String origin, boolean root,
            List<String> bundles) {
    }

    private final IProvisioningAgent agent;
    private final String profileId;
    private final PluginState state;
    private final IProgressMonitor monitor = new NullProgressMonitor();

    public Provisioner(IProvisioningAgent agent, String profileId, PluginState state) {
        this.agent = agent;
        this.profileId = profileId;
        this.state = state;
    }

    public PluginState state() {
        return state;
    }

    /** The features of the profile, user-installed ones (with their bundles) first, then the product's. */
    public List<Installed> list() throws PluginException {
        IProfile profile = profile();
        List<Installed> result = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet()) {
            if (!iu.getId().endsWith(GROUP)) {
                continue; // the product's own IU is a group too
            }
            String origin = profile.getInstallableUnitProperty(iu, ORIGIN);
            boolean root = "true".equals(profile.getInstallableUnitProperty(iu, ROOT));
            List<String> bundles = origin == null ? List.of() : bundlesOf(iu, profile);
            result.add(new Installed(featureId(iu), iu.getVersion().toString(), iu.getProperty(IInstallableUnit.PROP_NAME, null),
                    iu.getProperty(IInstallableUnit.PROP_PROVIDER, null), origin == null ? "product" : origin, root, bundles));
        }
        result.sort(Comparator.comparing((Installed i) -> "product".equals(i.origin())).thenComparing(Installed::feature));
        return result;
    }

    /**
     * Installs features from a repository: the named ones, or every feature it offers that is not installed yet.
     *
     * @return the features installed, as "id version"
     */
    public List<String> install(URI location, List<String> features, boolean acceptUnsigned) throws PluginException {
        IProfile profile = profile();
        IMetadataRepository metadata = loadMetadata(location);
        loadArtifacts(location);
        Set<IInstallableUnit> roots = new LinkedHashSet<>();
        if (features.isEmpty()) {
            for (IInstallableUnit iu : latestGroups(metadata)) {
                if (profile.query(QueryUtil.createIUQuery(iu.getId()), monitor).isEmpty()) {
                    roots.add(iu);
                }
            }
            if (roots.isEmpty()) {
                throw new PluginException("nothing to install: every feature of " + location + " is installed already");
            }
        } else {
            List<String> missing = new ArrayList<>();
            for (String feature : features) {
                String id = feature.endsWith(GROUP) ? feature : feature + GROUP;
                Set<IInstallableUnit> found = metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), monitor)
                        .toUnmodifiableSet();
                if (found.isEmpty()) {
                    missing.add(feature);
                } else {
                    roots.addAll(found);
                }
            }
            if (!missing.isEmpty()) {
                throw new PluginException("feature " + String.join(", ", missing) + " not found in " + location
                        + "; it offers: " + offered(metadata));
            }
        }
        IPlanner planner = service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        for (IInstallableUnit iu : roots) {
            request.add(iu);
            request.setInstallableUnitProfileProperty(iu, ROOT, "true");
            request.setInstallableUnitProfileProperty(iu, ORIGIN, location.toString());
        }
        IProvisioningPlan plan = plan(planner, request, location, "install " + names(roots));
        perform(plan, location, acceptUnsigned, "install " + names(roots));
        try {
            keep(plan, location);
            for (IInstallableUnit iu : roots) {
                state.put(new PluginState.Entry(featureId(iu), iu.getVersion().toString(), location.toString()));
            }
        } catch (IOException | ProvisionException | PluginException e) {
            throw new PluginException("installed " + names(roots) + ", but could not record it in " + state.home()
                    + " (it will not come back after a rebuild of the product): " + e.getMessage());
        }
        List<String> done = new ArrayList<>();
        roots.forEach(iu -> done.add(featureId(iu) + " " + iu.getVersion()));
        return done;
    }

    /** Uninstalls one installed root feature. */
    public String uninstall(String feature) throws PluginException {
        IProfile profile = profile();
        String id = feature.endsWith(GROUP) ? feature : feature + GROUP;
        Set<IInstallableUnit> found = profile.query(QueryUtil.createIUQuery(id), monitor).toUnmodifiableSet();
        if (found.isEmpty()) {
            throw new PluginException("feature " + feature + " is not installed; 'landcarbon plugins list' shows what is");
        }
        IPlanner planner = service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.removeAll(found);
        IProvisioningPlan plan = plan(planner, request, null, "uninstall " + feature);
        perform(plan, null, true, "uninstall " + feature);
        try {
            state.remove(featureId(found.iterator().next()));
        } catch (IOException e) {
            throw new PluginException("uninstalled " + feature + ", but could not update " + state.file() + ": " + e.getMessage());
        }
        return featureId(found.iterator().next()) + " " + found.iterator().next().getVersion();
    }

    /**
     * Installs the recorded features that the profile lacks (after a rebuild of the product) from the kept copy.
     *
     * @return the features installed again
     */
    public List<String> restore() throws PluginException {
        List<PluginState.Entry> entries;
        try {
            entries = state.read();
        } catch (IOException e) {
            throw new PluginException("cannot read " + state.file() + ": " + e.getMessage());
        }
        IProfile profile = profile();
        List<String> wanted = new ArrayList<>();
        for (PluginState.Entry e : entries) {
            if (profile.query(QueryUtil.createIUQuery(e.feature() + GROUP), monitor).isEmpty()) {
                wanted.add(e.feature());
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        // Keep each feature's own origin in the record, though the units now come from the kept copy.
        List<PluginState.Entry> before = entries;
        List<String> done = install(state.repository().toUri(), wanted, true);
        try {
            for (PluginState.Entry e : before) {
                if (wanted.contains(e.feature())) {
                    state.put(e);
                }
            }
        } catch (IOException e) {
            throw new PluginException("cannot update " + state.file() + ": " + e.getMessage());
        }
        return done;
    }

    private IProvisioningPlan plan(IPlanner planner, IProfileChangeRequest request, URI location, String what)
            throws PluginException {
        ProvisioningContext context = new ProvisioningContext(agent);
        if (location != null) {
            context.setMetadataRepositories(location);
            context.setArtifactRepositories(location);
        } else {
            context.setMetadataRepositories();
            context.setArtifactRepositories();
        }
        context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, "false");
        IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
        if (plan == null || plan.getStatus().getSeverity() == IStatus.ERROR || plan.getStatus().getSeverity() == IStatus.CANCEL) {
            String why = plan == null ? "no plan" : Explanations.of(plan.getStatus(), profile());
            throw new PluginException("cannot " + what + ": " + why);
        }
        return plan;
    }

    private void perform(IProvisioningPlan plan, URI location, boolean acceptUnsigned, String what) throws PluginException {
        CliTrust trust = new CliTrust(acceptUnsigned);
        Object previous = agent.getService(UIServices.SERVICE_NAME);
        agent.registerService(UIServices.SERVICE_NAME, trust);
        IStatus status;
        try {
            status = service(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
        } finally {
            agent.unregisterService(UIServices.SERVICE_NAME, trust);
            if (previous != null) {
                agent.registerService(UIServices.SERVICE_NAME, previous);
            }
        }
        if (!trust.refused().isEmpty()) {
            throw new PluginException("refused to " + what + ": unsigned content from " + location + " ("
                    + String.join(", ", trust.refused()) + "). Nothing was installed. Unsigned plugins cannot be checked"
                    + " for their origin; if you trust the repository, run again with --accept-unsigned");
        }
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            throw new PluginException("cannot " + what + ": " + Explanations.flatten(status));
        }
    }

    /** Copies what the plan added into the state's repository, so that a restore needs no network. */
    private void keep(IProvisioningPlan plan, URI source) throws ProvisionException, IOException, PluginException {
        IMetadataRepositoryManager mm = service(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager am = service(IArtifactRepositoryManager.class);
        URI target = state.repository().toUri();
        if (target.equals(source)) {
            return;
        }
        java.nio.file.Files.createDirectories(state.repository());
        IMetadataRepository keptMetadata;
        IArtifactRepository keptArtifacts;
        try {
            keptMetadata = mm.loadRepository(target, monitor);
            keptArtifacts = am.loadRepository(target, monitor);
        } catch (ProvisionException notYet) {
            Map<String, String> props = Map.of(IRepository.PROP_COMPRESSED, "false");
            keptMetadata = mm.createRepository(target, "LandCarbon installed plugins", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, props);
            keptArtifacts = am.createRepository(target, "LandCarbon installed plugins", IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, props);
        }
        mm.removeRepository(target); // keep it out of the list of known update sites
        am.removeRepository(target);
        IArtifactRepository from = am.loadRepository(source, monitor);
        Set<IInstallableUnit> added = plan.getAdditions().query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet();
        keptMetadata.addInstallableUnits(added);
        for (IInstallableUnit iu : added) {
            for (IArtifactKey key : iu.getArtifacts()) {
                if (keptArtifacts.contains(key)) {
                    continue;
                }
                IArtifactDescriptor[] descriptors = from.getArtifactDescriptors(key);
                if (descriptors.length == 0) {
                    continue;
                }
                IArtifactDescriptor copy = keptArtifacts.createArtifactDescriptor(key);
                try (OutputStream out = keptArtifacts.getOutputStream(copy)) {
                    IStatus s = from.getArtifact(descriptors[0], out, monitor);
                    if (!s.isOK() && s.getSeverity() == IStatus.ERROR) {
                        throw new IOException(Explanations.flatten(s));
                    }
                }
            }
        }
    }

    private IMetadataRepository loadMetadata(URI location) throws PluginException {
        IMetadataRepositoryManager manager = service(IMetadataRepositoryManager.class);
        boolean known = manager.contains(location);
        try {
            return manager.loadRepository(location, monitor);
        } catch (ProvisionException e) {
            throw new PluginException(unreachable(location, e));
        } finally {
            if (!known) {
                manager.removeRepository(location); // a one-off install does not become a known site
            }
        }
    }

    private void loadArtifacts(URI location) throws PluginException {
        IArtifactRepositoryManager manager = service(IArtifactRepositoryManager.class);
        boolean known = manager.contains(location);
        try {
            manager.loadRepository(location, monitor);
        } catch (ProvisionException e) {
            throw new PluginException(unreachable(location, e));
        } finally {
            if (!known) {
                manager.removeRepository(location);
            }
        }
    }

    private static String unreachable(URI location, ProvisionException e) {
        int code = e.getStatus().getCode();
        String detail = Explanations.flatten(e.getStatus());
        if (code == ProvisionException.REPOSITORY_NOT_FOUND) {
            return "no p2 repository at " + location + " (no content.jar, content.xml or compositeContent there): " + detail;
        }
        return "cannot read the repository " + location + ": " + detail;
    }

    private static Collection<IInstallableUnit> latestGroups(IQueryable<IInstallableUnit> repo) {
        List<IInstallableUnit> groups = new ArrayList<>();
        for (IInstallableUnit iu : repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null)) {
            if (iu.getId().endsWith(GROUP)) {
                groups.add(iu);
            }
        }
        groups.sort(Comparator.comparing(IInstallableUnit::getId));
        return groups;
    }

    private static String offered(IQueryable<IInstallableUnit> repo) {
        Set<String> ids = new TreeSet<>();
        latestGroups(repo).forEach(iu -> ids.add(featureId(iu)));
        return ids.isEmpty() ? "no features" : String.join(", ", ids);
    }

    private static List<String> bundlesOf(IInstallableUnit feature, IProfile profile) {
        Set<String> bundles = new TreeSet<>();
        for (IRequirement req : feature.getRequirements()) {
            for (IInstallableUnit iu : profile.query(QueryUtil.createMatchQuery(req.getMatches()), null)) {
                for (IProvidedCapability cap : iu.getProvidedCapabilities()) {
                    if ("osgi.bundle".equals(cap.getNamespace())) {
                        bundles.add(cap.getName() + " " + cap.getVersion());
                    }
                }
            }
        }
        return new ArrayList<>(bundles);
    }

    static String featureId(IInstallableUnit iu) {
        String id = iu.getId();
        return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
    }

    private static String names(Collection<IInstallableUnit> ius) {
        List<String> names = new ArrayList<>();
        ius.forEach(iu -> names.add(featureId(iu)));
        return String.join(", ", names);
    }

    private IProfile profile() throws PluginException {
        IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new PluginException("this installation has no p2 profile '" + profileId
                    + "' (plugins can be managed only in a product built by this project's build)");
        }
        return profile;
    }

    private <T> T service(Class<T> type) throws PluginException {
        T s = agent.getService(type);
        if (s == null) {
            throw new PluginException("the p2 service " + type.getSimpleName() + " is missing from this installation");
        }
        return s;
    }
}
