// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfunicodefixer.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <algorithm>
#include <iterator>

namespace cjm {

namespace {

/// CJK Radicals Supplement → the ideograph that shares its glyph in CJK fonts (Unicode's
/// Equivalent_Unified_Ideograph; NFKC does not cover these). Read from Noto Sans CJK's cmap.
constexpr char16_t kSupplement[][2] = {
        {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E85, 0x4EBB}, {0x2E89, 0x5202}, {0x2E8E, 0x5140},
        {0x2E8F, 0x5C23}, {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51},
        {0x2E95, 0x5F50}, {0x2E96, 0x5FC4}, {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1},
        {0x2E9E, 0x6B7A}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA3, 0x706C},
        {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD}, {0x2EAB, 0x7F52}, {0x2EAD, 0x793B},
        {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F}, {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB9, 0x8002},
        {0x2EBA, 0x8080}, {0x2EBE, 0x8279}, {0x2EBF, 0x8279}, {0x2EC2, 0x8864}, {0x2EC3, 0x8980},
        {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D},
        {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6}, {0x2ED0, 0x9485},
        {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED6, 0x961D},
        {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE},
        {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8},
        {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6},
        {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EED, 0x6B6F},
        {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC}, {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80},
        {0x2EF3, 0x9F9F},
};

/// CJK Radicals Supplement and Kangxi Radicals: the blocks that shadow ideographs.
bool isRadical(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// Positions just after each '<' that opens a 4-digit hex code in line [begin, end).
QList<qsizetype> codesIn(const QByteArray &pdf, qsizetype begin, qsizetype end)
{
    QList<qsizetype> codes;
    for (qsizetype i = begin; i + 5 < end; ++i) {
        if (pdf.at(i) == '<' && pdf.at(i + 5) == '>')
            codes.append(i + 1);
    }
    return codes;
}

} // namespace

char16_t PdfUnicodeFixer::preferred(char16_t codePoint)
{
    if (!isRadical(codePoint))
        return codePoint;
    if (codePoint < 0x2F00) {
        const auto *found = std::lower_bound(
                std::begin(kSupplement), std::end(kSupplement), codePoint,
                [](const char16_t(&entry)[2], char16_t value) { return entry[0] < value; });
        return found != std::end(kSupplement) && (*found)[0] == codePoint ? (*found)[1] : codePoint;
    }
    const QString normal = QString(QChar(codePoint)).normalized(QString::NormalizationForm_KC);
    if (normal.size() != 1 || normal.at(0).unicode() == codePoint)
        return codePoint;
    return normal.at(0).unicode();
}

int PdfUnicodeFixer::fix(QByteArray *pdf)
{
    static const QByteArray reference("/ToUnicode ");
    int changed = 0;
    for (qsizetype at = pdf->indexOf(reference); at >= 0;
         at = pdf->indexOf(reference, at + reference.size())) {
        // "/ToUnicode 20 0 R": the object number up to the next space.
        const qsizetype start = at + reference.size();
        const qsizetype space = pdf->indexOf(' ', start);
        if (space <= start || space - start > 10)
            continue;
        const QByteArray header = "\n" + pdf->mid(start, space - start) + " 0 obj";
        const qsizetype object = pdf->indexOf(header);
        if (object < 0)
            continue;
        const qsizetype stream = pdf->indexOf("stream\n", object);
        const qsizetype end = pdf->indexOf("endstream", object);
        // A compressed map is not Qt's usual output: left as it is.
        const qsizetype filter = pdf->indexOf("/Filter", object);
        if (stream < 0 || end < stream || (filter >= 0 && filter < stream))
            continue;
        changed += fixStream(pdf, stream, end);
    }
    return changed;
}

int PdfUnicodeFixer::fixStream(QByteArray *pdf, qsizetype begin, qsizetype end)
{
    int changed = 0;
    bool inChars = false;
    bool inRanges = false;
    qsizetype line = begin;
    while (line < end) {
        qsizetype next = pdf->indexOf('\n', line);
        if (next < 0 || next > end)
            next = end;
        const QByteArrayView text(pdf->constData() + line, next - line);
        if (text.endsWith("beginbfchar"))
            inChars = true;
        else if (text.endsWith("beginbfrange"))
            inRanges = true;
        else if (text == "endbfchar")
            inChars = false;
        else if (text == "endbfrange")
            inRanges = false;
        const QList<qsizetype> codes = codesIn(*pdf, line, next);
        const bool array = text.contains('[');
        // bfchar: <src> <dst>. bfrange: <lo> <hi> [<dst>...] or <lo> <hi> <dst>, where a single
        // <dst> starts a run of consecutive code points: only safe to change when lo == hi.
        if (inChars && codes.size() == 2) {
            changed += fixCode(pdf, codes[1]) ? 1 : 0;
        } else if (inRanges && array) {
            for (qsizetype i = 2; i < codes.size(); ++i)
                changed += fixCode(pdf, codes[i]) ? 1 : 0;
        } else if (inRanges && codes.size() == 3
                   && QByteArrayView(pdf->constData() + codes[0], 4)
                           == QByteArrayView(pdf->constData() + codes[1], 4)) {
            changed += fixCode(pdf, codes[2]) ? 1 : 0;
        }
        line = next + 1;
    }
    return changed;
}

bool PdfUnicodeFixer::fixCode(QByteArray *pdf, qsizetype pos)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(pdf->at(pos + i));
        if (digit < 0)
            return false;
        value = value * 16 + digit;
    }
    const char16_t better = preferred(char16_t(value));
    if (better == value)
        return false;
    const QByteArray hex = QByteArray::number(int(better), 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        (*pdf)[pos + i] = hex.at(i);
    return true;
}

} // namespace cjm
