// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace cjm {

/**
 * Guesses the text encoding of a survey export from its first bytes.
 *
 * Survey tools and spreadsheets write UTF-8 (with or without a byte order mark), UTF-16 with
 * a BOM (Excel's "Unicode text") or, in a Chinese locale, GB18030. A BOM decides; otherwise a
 * sample that is valid UTF-8 is UTF-8, and one that decodes as GB18030 with mostly common
 * (GB2312-range) characters is GB18030. Anything else is reported as `unsure` so that the user
 * interface can ask, rather than importing garbled text silently.
 */
class TextEncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(cjm::TextEncodingDetector)

public:
    /// The encodings an import can read.
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Gb18030 };

    /// What detect() found.
    struct Result
    {
        Encoding encoding = Encoding::Utf8;
        /// Bytes of byte order mark at the start of the file (0 when there is none); skip them.
        int bomLength = 0;
        /// 0..1: how clearly the sample fits the encoding (1 for a BOM or pure ASCII).
        double confidence = 1.0;
        /// True when neither UTF-8 nor GB18030 is clearly right: ask the user.
        bool unsure = false;
    };

    /// Bytes detect(QIODevice *) looks at: enough for the header rows and some responses.
    static constexpr qint64 kSampleSize = 64 * 1024;

    /// Guesses from the first bytes of a file. \a complete says the sample is the whole file,
    /// so that a multi-byte sequence cut at its end counts as an error.
    static Result detect(const QByteArray &sample, bool complete = false);
    /// Guesses from the first kSampleSize bytes of \a device, without consuming them (peek).
    static Result detect(QIODevice *device);

    /// The name Qt's converters know the encoding by ("UTF-8", "GB18030", ...).
    static QString encodingName(Encoding encoding);
    /// A decoder for \a encoding; the BOM must already be skipped. Invalid for GB18030 when
    /// Qt was built without ICU (check isValid()).
    static QStringDecoder decoder(Encoding encoding);
    /// Whether this Qt can decode GB18030 at all (it needs ICU).
    static bool isGb18030Available();

private:
    static Result fromBom(const QByteArray &sample);
    static bool looksLikeUtf16(const QByteArray &sample, Encoding *encoding);
    static bool isValidUtf8(const QByteArray &sample, bool complete, int *multiByteSequences);
    static double gb18030Confidence(const QByteArray &sample, bool complete);
};

} // namespace cjm
