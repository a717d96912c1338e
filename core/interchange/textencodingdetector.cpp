// SPDX-License-Identifier: GPL-3.0-or-later
#include "textencodingdetector.h"

#include <QIODevice>

namespace cjm {

namespace {

/// Below this share of common (GB2312-range) characters a GB18030 reading is a guess: text in
/// another single-byte code page (Windows-1252 German, say) also decodes as GB18030, but into
/// rare characters, because its non-ASCII bytes are mostly followed by ASCII letters.
constexpr double kGb18030Threshold = 0.8;

/// A UTF-16 text of mostly Latin script has a zero byte in every other position.
constexpr double kUtf16ZeroShare = 0.3;

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

TextEncodingDetector::Result TextEncodingDetector::detect(QIODevice *device)
{
    if (!device || !device->isReadable())
        return Result{Encoding::Utf8, 0, 0.0, true};
    return detect(device->peek(kSampleSize), device->bytesAvailable() <= kSampleSize);
}

TextEncodingDetector::Result TextEncodingDetector::detect(const QByteArray &sample, bool complete)
{
    Result result = fromBom(sample);
    if (result.bomLength > 0)
        return result;
    Encoding utf16;
    if (looksLikeUtf16(sample, &utf16))
        return Result{utf16, 0, 0.9, false};

    int multiByte = 0;
    if (isValidUtf8(sample, complete, &multiByte)) {
        // Pure ASCII reads the same in every candidate; one or two multi-byte sequences
        // could be GB18030 bytes that happen to form valid UTF-8, though rarely.
        result.confidence = multiByte == 1 ? 0.9 : 1.0;
        return result;
    }
    const double gb = gb18030Confidence(sample, complete);
    if (gb >= kGb18030Threshold && isGb18030Available())
        return Result{Encoding::Gb18030, 0, gb, false};
    // Neither fits: guess the more plausible one and let the user decide.
    return Result{gb > 0.0 ? Encoding::Gb18030 : Encoding::Utf8, 0, gb / 2.0, true};
}

TextEncodingDetector::Result TextEncodingDetector::fromBom(const QByteArray &sample)
{
    const auto startsWith = [&sample](std::initializer_list<unsigned char> bytes) {
        if (sample.size() < qsizetype(bytes.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char byte : bytes) {
            if (static_cast<unsigned char>(sample.at(i++)) != byte)
                return false;
        }
        return true;
    };
    if (startsWith({0xEF, 0xBB, 0xBF}))
        return Result{Encoding::Utf8, 3, 1.0, false};
    if (startsWith({0xFF, 0xFE}))
        return Result{Encoding::Utf16LE, 2, 1.0, false};
    if (startsWith({0xFE, 0xFF}))
        return Result{Encoding::Utf16BE, 2, 1.0, false};
    return Result{};
}

bool TextEncodingDetector::looksLikeUtf16(const QByteArray &sample, Encoding *encoding)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 4)
        return false;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        evenZeros += sample.at(i) == '\0';
        oddZeros += sample.at(i + 1) == '\0';
    }
    // A text file has no zero bytes in UTF-8 or GB18030 at all.
    if (oddZeros > pairs * kUtf16ZeroShare && evenZeros == 0) {
        *encoding = Encoding::Utf16LE;
        return true;
    }
    if (evenZeros > pairs * kUtf16ZeroShare && oddZeros == 0) {
        *encoding = Encoding::Utf16BE;
        return true;
    }
    return false;
}

bool TextEncodingDetector::isValidUtf8(const QByteArray &sample, bool complete,
                                       int *multiByteSequences)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(sample.constData());
    const qsizetype size = sample.size();
    *multiByteSequences = 0;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int length = 1;
        char32_t minimum = 0;
        char32_t code = lead;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2, minimum = 0x80, code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3, minimum = 0x800, code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4, minimum = 0x10000, code = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > size) // cut by the end of the sample
            return !complete && *multiByteSequences > 0;
        for (int k = 1; k < length; ++k) {
            if (!isContinuation(bytes[i + k]))
                return false;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        ++*multiByteSequences;
        i += length;
    }
    return true;
}

double TextEncodingDetector::gb18030Confidence(const QByteArray &sample, bool complete)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(sample.constData());
    const qsizetype size = sample.size();
    qsizetype common = 0;
    qsizetype total = 0;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead == 0x80 || lead == 0xFF)
            return 0.0;
        if (i + 1 >= size)
            return complete ? 0.0 : (total ? double(common) / total : 0.0);
        const unsigned char trail = bytes[i + 1];
        if (trail >= 0x30 && trail <= 0x39) { // four-byte sequence: rare characters
            if (i + 3 >= size)
                return complete ? 0.0 : (total ? double(common) / total : 0.0);
            if (bytes[i + 2] < 0x81 || bytes[i + 2] == 0xFF || bytes[i + 3] < 0x30
                || bytes[i + 3] > 0x39)
                return 0.0;
            ++total;
            i += 4;
            continue;
        }
        if (trail < 0x40 || trail == 0x7F || trail == 0xFF)
            return 0.0;
        common += lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1;
        ++total;
        i += 2;
    }
    return total ? double(common) / total : 0.0;
}

QString TextEncodingDetector::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return QStringLiteral("UTF-8");
}

QStringDecoder TextEncodingDetector::decoder(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringDecoder(QStringConverter::Utf8);
    case Encoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case Encoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case Encoding::Gb18030:
        return QStringDecoder("GB18030");
    }
    return QStringDecoder(QStringConverter::Utf8);
}

bool TextEncodingDetector::isGb18030Available()
{
    return QStringDecoder("GB18030").isValid();
}

} // namespace cjm
