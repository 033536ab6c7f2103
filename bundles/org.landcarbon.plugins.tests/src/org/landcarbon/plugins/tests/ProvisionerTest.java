package org.landcarbon.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.plugins.internal.PluginException;
import org.landcarbon.plugins.internal.PluginState;
import org.landcarbon.plugins.internal.Provisioner;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The director-API operations on a throw-away p2 agent and profile, with the synthetic metadata-only
 * repository of testdata/repo (see testdata/README.md): what an install records, lists and keeps, and the
 * messages of the three failures the command line promises.
 */
class ProvisionerTest {

    @TempDir
    Path tmp;
    private IProvisioningAgent agent;
    private Provisioner provisioner;
    private PluginState state;
    private URI repo;

    @BeforeEach
    void setUp() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Provisioner.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
        agent = context.getService(ref).createAgent(tmp.resolve("p2").toUri());
        Path install = Files.createDirectories(tmp.resolve("install"));
        agent.getService(IProfileRegistry.class).addProfile("test",
                Map.of(IProfile.PROP_INSTALL_FOLDER, install.toString(), IProfile.PROP_CACHE, install.toString()));
        state = new PluginState(tmp.resolve("state"));
        provisioner = new Provisioner(agent, "test", state);
        // getResource also searches this fragment; the repository is copied so that its path is a plain folder.
        Path site = Files.createDirectories(tmp.resolve("site"));
        for (String name : List.of("content.xml", "artifacts.xml")) {
            URL url = FrameworkUtil.getBundle(ProvisionerTest.class).getResource("testdata/repo/" + name);
            try (InputStream in = url.openStream()) {
                Files.copy(in, site.resolve(name));
            }
        }
        repo = site.toUri();
    }

    @AfterEach
    void tearDown() {
        agent.stop();
    }

    @Test
    void installRecordsOriginListsBundlesAndKeepsACopy() throws Exception {
        List<String> done = provisioner.install(repo, List.of("org.example.demo"), false);
        assertEquals(List.of("org.example.demo 1.0.0"), done);

        Provisioner.Installed demo = provisioner.list().stream().filter(i -> i.feature().equals("org.example.demo"))
                .findFirst().orElseThrow();
        assertEquals("1.0.0", demo.version());
        assertEquals("Example Institute", demo.vendor());
        assertEquals(repo.toString(), demo.origin());
        assertTrue(demo.root());
        assertEquals(List.of("org.example.demo.bundle 1.0.0"), demo.bundles());

        assertEquals(List.of(new PluginState.Entry("org.example.demo", "1.0.0", repo.toString())), state.read());
        String kept = Files.readString(state.repository().resolve("content.xml"));
        assertTrue(kept.contains("org.example.demo.feature.group") && kept.contains("org.example.demo.bundle"), kept);
    }

    @Test
    void restoreInstallsTheRecordedFeaturesIntoAFreshProfileFromTheKeptCopy() throws Exception {
        provisioner.install(repo, List.of("org.example.demo"), false);
        // A rebuilt product: a new profile, the same user state.
        Path install2 = Files.createDirectories(tmp.resolve("install2"));
        agent.getService(IProfileRegistry.class).addProfile("rebuilt",
                Map.of(IProfile.PROP_INSTALL_FOLDER, install2.toString(), IProfile.PROP_CACHE, install2.toString()));
        Provisioner rebuilt = new Provisioner(agent, "rebuilt", state);

        assertEquals(List.of("org.example.demo 1.0.0"), rebuilt.restore());
        assertTrue(rebuilt.list().stream().anyMatch(i -> i.feature().equals("org.example.demo")));
        assertEquals(repo.toString(), state.read().get(0).origin(), "the record keeps the first origin");
        assertEquals(List.of(), rebuilt.restore(), "a second restore has nothing to do");
    }

    @Test
    void uninstallRemovesTheFeatureAndItsRecord() throws Exception {
        provisioner.install(repo, List.of("org.example.demo"), false);
        assertEquals("org.example.demo 1.0.0", provisioner.uninstall("org.example.demo"));
        assertTrue(provisioner.list().stream().noneMatch(i -> i.feature().equals("org.example.demo")));
        assertEquals(List.of(), state.read());
        PluginException again = assertThrows(PluginException.class, () -> provisioner.uninstall("org.example.demo"));
        assertTrue(again.getMessage().contains("org.example.demo is not installed"), again.getMessage());
    }

    @Test
    void aFeatureNotInTheRepositoryIsNamedWithWhatItOffers() {
        PluginException e = assertThrows(PluginException.class,
                () -> provisioner.install(repo, List.of("org.example.nothere"), false));
        assertTrue(e.getMessage().startsWith("feature org.example.nothere not found in " + repo), e.getMessage());
        assertTrue(e.getMessage().endsWith("it offers: org.example.api, org.example.demo, org.example.needsapi"), e.getMessage());
    }

    @Test
    void aMissingRepositoryIsReportedWithItsLocation() {
        URI nowhere = tmp.resolve("no-such-site").toUri();
        PluginException e = assertThrows(PluginException.class, () -> provisioner.install(nowhere, List.of(), false));
        assertTrue(e.getMessage().startsWith("no p2 repository at " + nowhere), e.getMessage());
    }

    @Test
    void aPluginBuiltForAnotherApiMajorVersionIsAnApiConflict() throws Exception {
        provisioner.install(repo, List.of("org.example.api"), false);
        PluginException e = assertThrows(PluginException.class,
                () -> provisioner.install(repo, List.of("org.example.needsapi"), false));
        assertTrue(e.getMessage().contains("API version conflict: org.landcarbon.analysis [9.0.0,10.0.0) is required,"
                + " this installation has 0.1.0"), e.getMessage());
        assertTrue(provisioner.list().stream().noneMatch(i -> i.feature().equals("org.example.needsapi")));
    }

    @Test
    void installWithoutFeaturesTakesEveryFeatureNotInstalledYet() throws Exception {
        provisioner.install(repo, List.of("org.example.api"), false);
        provisioner.install(repo, List.of("org.example.demo"), false);
        // needsapi cannot be installed, so "all" fails as a whole and nothing changes.
        assertThrows(PluginException.class, () -> provisioner.install(repo, List.of(), false));
        assertEquals(2, state.read().size());
    }
}
