package org.landcarbon.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model bundle's {@code src-gen/} from its genmodel, outside Eclipse.
 * src-gen is deleted first: the generator then never needs JDT's merger, and no stale
 * generated class survives a rename in the Ecore model.
 */
public final class GenerateModelCode {

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        String bundleName = bundle.getFileName().toString();
        deleteRecursively(bundle.resolve("src-gen"));

        // The genmodel refers to platform:/resource/<bundle>/...; map that to the folder on disk.
        EcorePlugin.getPlatformResourceMap().put(bundleName, URI.createFileURI(bundle.toString() + "/"));
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        // The generator writes through its own URI converter, which reads the global URI map.
        URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + bundleName + "/", false),
                URI.createFileURI(bundle.toString() + "/"));

        URI genModelUri = URI.createFileURI(bundle.resolve("model/landcarbon.genmodel").toString());
        Resource resource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        if (genModel.getGenPackages().isEmpty() || genModel.getGenPackages().get(0).getGenClasses().isEmpty()) {
            throw new IllegalStateException("The genmodel has no classes after reconcile: " + genModelUri);
        }

        Generator generator = new Generator();
        // Outside Eclipse no extension registers the genmodel's generator adapters: add them by hand.
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("EMF code generation failed: " + diagnostic);
        }
        System.out.println("Generated EMF model code into " + bundle.resolve("src-gen"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
