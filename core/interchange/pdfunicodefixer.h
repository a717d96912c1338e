// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cjm {

/**
 * Makes Chinese, Japanese and Korean text of a PDF written by QPdfWriter
 * extract and search as what was drawn.
 *
 * Why: Qt's font subsetter writes each glyph's ToUnicode entry as the LOWEST
 * code point the font maps to that glyph. CJK fonts share one glyph between an
 * ideograph and its Kangxi radical (比 U+6BD4 and ⽐ U+2F50), so "比较" came
 * back from pdftotext as "⽐较" and a search for it failed. This rewrites such
 * entries to the ideograph: a Kangxi radical's NFKC form, or for the CJK Radicals
 * Supplement (⻚ U+2EDA → 页) the ideograph of Unicode's Equivalent_Unified_Ideograph.
 *
 * Qt writes ToUnicode maps as uncompressed streams with 4-digit hex codes; the
 * rewrite keeps every byte count, so the cross-reference table stays valid.
 * Anything it does not recognise is left alone.
 */
class PdfUnicodeFixer
{
public:
    /// `pdf` with its ToUnicode maps corrected in place; returns how many entries changed.
    static int fix(QByteArray *pdf);

    /// The code point to extract for `codePoint`: the ideograph for a radical, else itself.
    static char16_t preferred(char16_t codePoint);

private:
    /// Fixes one ToUnicode stream's text in `pdf` between `begin` and `end`.
    static int fixStream(QByteArray *pdf, qsizetype begin, qsizetype end);
    /// Rewrites the 4-digit hex code at `pos` (after '<') if preferred() differs.
    static bool fixCode(QByteArray *pdf, qsizetype pos);
};

} // namespace cjm
