// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/textencodingdetector.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace cjm {

/**
 * Reads the records of a CSV (or tab-separated) file one at a time, without ever holding the
 * whole file: survey exports can be large, and an import must not need memory in proportion.
 *
 * Follows RFC 4180 (quoted fields with embedded delimiters, line breaks and doubled quotes;
 * CRLF or LF) and is lenient where spreadsheets are: text after a closing quote is kept, a
 * quote inside an unquoted field is literal, and blank lines are skipped. The encoding and the
 * delimiter (comma, semicolon or tab) are detected from the start of the file unless set.
 * Field size, column count and record size are limited, so a broken file (an unclosed quote,
 * a binary file) ends with a clear error instead of exhausting memory.
 *
 * \code
 * CsvReader reader(&file);
 * QStringList fields;
 * qint64 line = 0;
 * while (reader.readRecord(&fields, &line)) { ... }
 * if (!reader.status()) report(reader.status().message());
 * \endcode
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cjm::CsvReader)

public:
    /// Bounds that keep memory use small whatever the input.
    struct Limits
    {
        qsizetype maxFieldChars = 1024 * 1024;
        int maxColumns = 10000;
        qsizetype maxRecordChars = 16 * 1024 * 1024;
        /// Bytes read from the device at a time.
        qint64 chunkBytes = 64 * 1024;
    };

    /// Reads from \a device, which must be open and stay alive while the reader is used.
    explicit CsvReader(QIODevice *device);
    /// Reads from \a device within \a limits (tests use small ones).
    CsvReader(QIODevice *device, const Limits &limits);

    /// Uses \a encoding instead of detecting it (after the user chose one, say). Call before
    /// the first readRecord(). A byte order mark is still skipped.
    void setEncoding(TextEncodingDetector::Encoding encoding);
    /// Uses \a delimiter instead of detecting it. Call before the first readRecord().
    void setDelimiter(QChar delimiter);

    /// Reads the next record into \a fields and the physical (1-based) line it starts on into
    /// \a line. Returns false at the end of the input or on an error: check status().
    bool readRecord(QStringList *fields, qint64 *line = nullptr);
    /// Ok, or what went wrong and on which line.
    Status status() const { return mStatus; }
    /// True once the end of the input was reached without error.
    bool atEnd() const { return mAtEnd; }

    /// The encoding detection result (after the first readRecord()).
    TextEncodingDetector::Result encoding() const { return mEncoding; }
    /// The delimiter in use (after the first readRecord()).
    QChar delimiter() const { return mDelimiter; }
    /// True when some bytes were not valid in the encoding (they read as U+FFFD).
    bool hadDecodingErrors() const { return mDecodingErrors; }

    /// The most likely delimiter of \a text (the first lines of a file): the candidate found
    /// the same, non-zero number of times outside quotes on each line, most often; comma when
    /// nothing fits.
    static QChar detectDelimiter(QStringView text);

private:
    enum class State { Start, Unquoted, Quoted, AfterQuote };

    bool prepare();
    bool parseRecord(QStringList *fields, qint64 *line);
    bool fill();
    bool peekChar(QChar *c);
    void takeChar() { ++mPos; }
    bool takeLineBreak(QChar c);
    bool appendChar(QString *field, QChar c);
    bool endField(QStringList *fields, QString *field);
    bool fail(const QString &message);

    QIODevice *mDevice;
    Limits mLimits;
    Status mStatus;
    TextEncodingDetector::Result mEncoding;
    bool mEncodingSet = false;
    QChar mDelimiter;
    QStringDecoder mDecoder;
    QString mBuffer;
    qsizetype mPos = 0;
    qint64 mLine = 1;
    qint64 mFieldLine = 1;
    qsizetype mRecordChars = 0;
    bool mPrepared = false;
    bool mDeviceDone = false;
    bool mAtEnd = false;
    bool mDecodingErrors = false;
};

} // namespace cjm
