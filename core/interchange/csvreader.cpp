// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QFileDevice>
#include <QIODevice>
#include <QLocale>

#include <array>

namespace cjm {

namespace {

/// Lines of the sample that delimiter detection looks at.
constexpr int kDelimiterSampleLines = 10;

const std::array<QChar, 3> kDelimiters = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

/// Counts each candidate delimiter outside quotes, one count per complete line.
QVector<std::array<int, 3>> countDelimiters(QStringView text)
{
    QVector<std::array<int, 3>> lines;
    std::array<int, 3> counts = {0, 0, 0};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines.size() < kDelimiterSampleLines; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice: no change
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            lines.append(counts);
            counts = {0, 0, 0};
        } else if (!quoted) {
            for (size_t k = 0; k < kDelimiters.size(); ++k)
                counts[k] += c == kDelimiters[k];
        }
    }
    // A file of one line without a line break still has that line.
    if (lines.isEmpty())
        lines.append(counts);
    return lines;
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Limits()) {}

CsvReader::CsvReader(QIODevice *device, const Limits &limits) : mDevice(device), mLimits(limits) {}

void CsvReader::setEncoding(TextEncodingDetector::Encoding encoding)
{
    mEncoding = TextEncodingDetector::Result{encoding, 0, 1.0, false};
    mEncodingSet = true;
}

void CsvReader::setDelimiter(QChar delimiter)
{
    mDelimiter = delimiter;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QVector<std::array<int, 3>> lines = countDelimiters(text);
    QChar best = kDelimiters[0];
    qint64 bestScore = -1;
    for (size_t k = 0; k < kDelimiters.size(); ++k) {
        int lowest = lines.first()[k];
        int highest = lowest;
        for (const auto &counts : lines) {
            lowest = qMin(lowest, counts[k]);
            highest = qMax(highest, counts[k]);
        }
        if (lowest == 0)
            continue;
        // The same count on every line beats any count that varies (decimal commas in a
        // semicolon file vary; the header has none).
        const qint64 score = (lowest == highest ? 1'000'000 : 0) + lowest;
        if (score > bestScore) {
            bestScore = score;
            best = kDelimiters[k];
        }
    }
    return best;
}

bool CsvReader::fail(const QString &message)
{
    mStatus = Status::failure(message);
    return false;
}

bool CsvReader::prepare()
{
    mPrepared = true;
    if (!mDevice || !mDevice->isReadable())
        return fail(tr("The file is not open for reading."));
    const QByteArray sample = mDevice->peek(TextEncodingDetector::kSampleSize);
    const bool complete = mDevice->bytesAvailable() <= TextEncodingDetector::kSampleSize
            && !mDevice->isSequential();
    const TextEncodingDetector::Result detected = TextEncodingDetector::detect(sample, complete);
    if (!mEncodingSet)
        mEncoding = detected;
    else if (detected.encoding == mEncoding.encoding)
        mEncoding.bomLength = detected.bomLength;
    mDecoder = TextEncodingDetector::decoder(mEncoding.encoding);
    if (!mDecoder.isValid()) {
        return fail(tr("This system cannot read text in the %1 encoding.")
                            .arg(TextEncodingDetector::encodingName(mEncoding.encoding)));
    }
    mDevice->read(mEncoding.bomLength);
    if (mDelimiter.isNull()) {
        QStringDecoder sampleDecoder = TextEncodingDetector::decoder(mEncoding.encoding);
        const QString text = sampleDecoder.decode(sample.mid(mEncoding.bomLength));
        mDelimiter = detectDelimiter(text);
    }
    return true;
}

bool CsvReader::fill()
{
    mBuffer.remove(0, mPos);
    mPos = 0;
    while (mBuffer.isEmpty() && !mDeviceDone) {
        const QByteArray bytes = mDevice->read(mLimits.chunkBytes);
        if (bytes.isEmpty()) {
            mDeviceDone = true;
            // A file that cannot be read further must not look like a shorter file.
            const auto *file = qobject_cast<QFileDevice *>(mDevice);
            if (file && file->error() != QFileDevice::NoError)
                fail(tr("The file could not be read to its end: %1").arg(file->errorString()));
            break;
        }
        mBuffer.append(mDecoder.decode(bytes));
        mDecodingErrors = mDecodingErrors || mDecoder.hasError();
    }
    return !mBuffer.isEmpty();
}

bool CsvReader::peekChar(QChar *c)
{
    if (mPos >= mBuffer.size() && !fill())
        return false;
    *c = mBuffer.at(mPos);
    return true;
}

bool CsvReader::takeLineBreak(QChar c)
{
    QChar next;
    if (c == QLatin1Char('\r') && peekChar(&next) && next == QLatin1Char('\n'))
        takeChar();
    ++mLine;
    return true;
}

bool CsvReader::appendChar(QString *field, QChar c)
{
    if (field->size() >= mLimits.maxFieldChars) {
        return fail(tr("Line %1: a field is longer than %2 characters. Is a closing quote "
                       "missing, or is this not a CSV file?")
                            .arg(number(mFieldLine), number(mLimits.maxFieldChars)));
    }
    if (++mRecordChars > mLimits.maxRecordChars) {
        return fail(tr("Line %1: a record is longer than %2 characters. Is a closing quote "
                       "missing, or is this not a CSV file?")
                            .arg(number(mFieldLine), number(mLimits.maxRecordChars)));
    }
    field->append(c);
    return true;
}

bool CsvReader::endField(QStringList *fields, QString *field)
{
    if (fields->size() >= mLimits.maxColumns) {
        return fail(tr("Line %1: a record has more than %2 columns.")
                            .arg(number(mFieldLine), number(mLimits.maxColumns)));
    }
    fields->append(*field);
    field->clear();
    return true;
}

bool CsvReader::readRecord(QStringList *fields, qint64 *line)
{
    fields->clear();
    if (!mStatus.ok() || mAtEnd || (!mPrepared && !prepare()))
        return false;
    if (parseRecord(fields, line))
        return true;
    fields->clear(); // no half record after an error
    return false;
}

bool CsvReader::parseRecord(QStringList *fields, qint64 *line)
{
    QChar c;
    // Blank lines are not records (spreadsheets leave them at the end).
    while (peekChar(&c) && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
        takeChar();
        takeLineBreak(c);
    }
    if (!mStatus.ok())
        return false;
    if (mPos >= mBuffer.size()) {
        mAtEnd = true;
        return false;
    }
    const qint64 recordLine = mLine;
    mFieldLine = mLine;
    mRecordChars = 0;
    QString field;
    State state = State::Start;
    bool recordDone = false;
    while (!recordDone) {
        if (!peekChar(&c)) {
            if (!mStatus.ok())
                return false;
            if (state == State::Quoted) {
                return fail(tr("Line %1: a quoted field starting on this line is never closed.")
                                    .arg(number(mFieldLine)));
            }
            if (!endField(fields, &field))
                return false;
            break;
        }
        takeChar();
        const bool isBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        bool ok = true;
        switch (state) {
        case State::Start:
            mFieldLine = mLine;
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterQuote:
            if (c == mDelimiter) {
                ok = endField(fields, &field);
                state = State::Start;
            } else if (isBreak) {
                takeLineBreak(c);
                ok = endField(fields, &field);
                recordDone = true;
            } else if (state == State::AfterQuote && c == QLatin1Char('"')) {
                ok = appendChar(&field, c); // a doubled quote inside quotes
                state = State::Quoted;
            } else {
                ok = appendChar(&field, c); // lenient: text after a closing quote is kept
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::AfterQuote;
            } else if (isBreak) {
                // Line breaks inside a field read as "\n", whatever the file uses.
                takeLineBreak(c);
                ok = appendChar(&field, QLatin1Char('\n'));
            } else {
                ok = appendChar(&field, c);
            }
            break;
        }
        if (!ok)
            return false;
    }
    if (line)
        *line = recordLine;
    return true;
}

} // namespace cjm
