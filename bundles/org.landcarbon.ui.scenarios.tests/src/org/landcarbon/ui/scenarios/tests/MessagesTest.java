package org.landcarbon.ui.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.landcarbon.ui.scenarios.internal.Messages;

/** Every string of the comparison exists in English and in Chinese, and the Chinese ones are translated. */
class MessagesTest {

    @Test
    void englishAndChineseHaveTheSameKeysAsTheMessagesClass() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        Set<String> fields = new TreeSet<>();
        for (Field f : Messages.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                fields.add(f.getName());
            }
        }
        assertEquals(fields, new TreeSet<>(en.stringPropertyNames()));
        assertEquals(fields, new TreeSet<>(zh.stringPropertyNames()));
        // Placeholders match, and the Chinese text is not the English one (noValue and the bare title excepted).
        for (String key : fields) {
            for (String p : new String[] { "{0}", "{1}", "{2}" }) {
                assertEquals(en.getProperty(key).contains(p), zh.getProperty(key).contains(p), key + " " + p);
            }
            if (!Set.of("noValue", "sourcesSinksTitle", "differenceColumn").contains(key)) {
                assertTrue(zh.getProperty(key).chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff), key + " is translated");
            }
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }
}
