package org.landcarbon.ui.analysis.internal;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The bundle's texts in English or Chinese (messages_zh.properties) by the default locale. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.landcarbon.ui.analysis.internal.messages");

    private Messages() {
    }

    static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String format(String key, Object... args) {
        return MessageFormat.format(get(key), args);
    }
}
