package org.landcarbon.model.internal;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * Base class of every generated model object (the genmodel's rootExtendsClass). Loading it registers the
 * study validator, so {@code Diagnostician.INSTANCE.validate(study)} runs it with or without OSGi and without
 * an explicit set-up call: any study object that exists has caused this registration first.
 */
public class ModelObject extends MinimalEObjectImpl.Container {

    static {
        org.landcarbon.model.validation.StudyValidator.register();
    }

    protected ModelObject() {
    }
}
