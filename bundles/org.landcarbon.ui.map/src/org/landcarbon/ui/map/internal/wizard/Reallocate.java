package org.landcarbon.ui.map.internal.wizard;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

/**
 * Gives the tables, trees and lists of a wizard page a fresh size allocation once the page shows. On GTK a tree
 * view laid out while its page was hidden (or while the dialog's progress run had it disabled) keeps a stale
 * allocation: its rows paint as empty grey bands, the text cells 1 px wide, until the dialog is resized. A redraw
 * does not help, and SWT skips setBounds to the same bounds, hence the shrink by one pixel and back.
 */
final class Reallocate {

    private Reallocate() {
    }

    static void rows(Control root) {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (root instanceof Table || root instanceof Tree || root instanceof List) {
            Rectangle b = root.getBounds();
            if (b.height > 1) {
                root.setBounds(b.x, b.y, b.width, b.height - 1);
                root.setBounds(b);
            }
        } else if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                rows(child);
            }
        }
    }
}
