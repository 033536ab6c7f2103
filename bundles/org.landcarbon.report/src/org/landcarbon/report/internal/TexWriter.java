package org.landcarbon.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportDocument.Block;
import org.landcarbon.report.ReportDocument.Figure;
import org.landcarbon.report.ReportDocument.Formula;
import org.landcarbon.report.ReportDocument.Heading;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportDocument.References;
import org.landcarbon.report.ReportDocument.Table;

/**
 * LaTeX: three-line tables with booktabs, figures as PNG files beside the .tex included with graphicx. English
 * compiles with pdflatex; Chinese uses ctexart (xelatex). Unicode superscripts, subscripts and signs become
 * LaTeX commands so that no special input encoding is needed for them.
 */
final class TexWriter {

    List<Path> write(ReportDocument doc, Path file) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(file);
        boolean zh = doc.language().equals("zh");
        StringBuilder tex = new StringBuilder();
        tex.append("% Written by LandCarbon Workbench (landcarbon report). ").append(zh ? "Compile with xelatex." : "Compile with pdflatex or xelatex.")
                .append('\n');
        tex.append(zh ? "\\documentclass[11pt]{ctexart}\n" : "\\documentclass[11pt]{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n");
        tex.append("\\usepackage{booktabs}\n\\usepackage{graphicx}\n\\usepackage{textcomp}\n\\usepackage[margin=2.5cm]{geometry}\n");
        tex.append("\\title{").append(escape(doc.title())).append("}\n\\date{}\n\\begin{document}\n\\maketitle\n\n");
        for (Block b : doc.blocks()) {
            switch (b) {
                case Heading h -> tex.append(h.level() == 1 ? "\\section{" : "\\subsection{").append(escape(h.text())).append("}\n\n");
                case Paragraph p -> tex.append(escape(p.text())).append("\n\n");
                case Formula f -> tex.append("\\begin{center}\n\\texttt{").append(escape(f.text())).append("}\n\\end{center}\n\n");
                case Table t -> table(t, tex);
                case Figure f -> {
                    Path png = Files.figureFile(file, f.name());
                    Files.atomic(png, out -> out.write(f.png()));
                    written.add(png);
                    tex.append("\\begin{figure}[htbp]\n\\centering\n\\includegraphics[width=\\textwidth]{").append(png.getFileName())
                            .append("}\n\\par\\smallskip\n{\\small ").append(escape(f.caption())).append("\\par}\n\\end{figure}\n\n");
                }
                case References r -> {
                    tex.append("\\section*{").append(escape(r.title())).append("}\n\\begin{enumerate}\n");
                    for (int i = 0; i < r.entries().size(); i++) {
                        tex.append("\\item[{[").append(i + 1).append("]}] ").append(escape(r.entries().get(i))).append('\n');
                    }
                    tex.append("\\end{enumerate}\n\n");
                }
            }
        }
        tex.append("\\end{document}\n");
        Files.atomic(file, out -> out.write(tex.toString().getBytes(StandardCharsets.UTF_8)));
        return written;
    }

    private static void table(Table t, StringBuilder tex) {
        int n = t.header().size();
        boolean wide = n > 7;
        tex.append("\\begin{table}[htbp]\n\\centering\n{\\small ").append(escape(t.caption())).append("\\par}\n\\smallskip\n");
        if (wide) {
            tex.append("\\resizebox{\\textwidth}{!}{%\n");
        }
        tex.append("\\begin{tabular}{l").append("r".repeat(n - 1)).append("}\n\\toprule\n");
        row(t.header(), tex);
        tex.append("\\midrule\n");
        t.rows().forEach(r -> row(r, tex));
        tex.append("\\bottomrule\n\\end{tabular}");
        tex.append(wide ? "}\n" : "\n");
        if (!t.note().isBlank()) {
            tex.append("\\par\\smallskip\n{\\footnotesize ").append(escape(t.note())).append("\\par}\n");
        }
        tex.append("\\end{table}\n\n");
    }

    private static void row(List<String> cells, StringBuilder tex) {
        for (int i = 0; i < cells.size(); i++) {
            tex.append(i == 0 ? "" : " & ").append(escape(cells.get(i)));
        }
        tex.append(" \\\\\n");
    }

    /** LaTeX's special characters escaped; Unicode super/subscripts, minus, dashes and math signs as commands. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int sup = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".indexOf(ch);
            int sub = "₀₁₂₃₄₅₆₇₈₉".indexOf(ch);
            if (sup >= 0 || sub >= 0) {
                String digits = sup >= 0 ? "0123456789-" : "0123456789";
                String set = sup >= 0 ? "⁰¹²³⁴⁵⁶⁷⁸⁹⁻" : "₀₁₂₃₄₅₆₇₈₉";
                StringBuilder run = new StringBuilder();
                while (i < text.length() && set.indexOf(text.charAt(i)) >= 0) {
                    run.append(digits.charAt(set.indexOf(text.charAt(i))));
                    i++;
                }
                i--;
                sb.append(sup >= 0 ? "\\textsuperscript{" : "\\textsubscript{").append(run).append('}');
                continue;
            }
            sb.append(switch (ch) {
                case '\\' -> "\\textbackslash{}";
                case '{' -> "\\{";
                case '}' -> "\\}";
                case '$' -> "\\$";
                case '&' -> "\\&";
                case '#' -> "\\#";
                case '^' -> "\\textasciicircum{}";
                case '_' -> "\\_";
                case '~' -> "\\textasciitilde{}";
                case '%' -> "\\%";
                case '−' -> "\\textminus{}";
                case '–' -> "--";
                case '—' -> "---";
                case '×' -> "\\texttimes{}";
                case '·' -> "\\textperiodcentered{}";
                case 'Σ' -> "$\\Sigma$";
                case '∞' -> "$\\infty$";
                case '≤' -> "$\\leq$";
                case '≥' -> "$\\geq$";
                default -> String.valueOf(ch);
            });
        }
        return sb.toString();
    }
}
