#include "stats/tabulation.h"

#include <QHashFunctions>
#include <QtNumeric>

#include <algorithm>
#include <cstring>
#include <limits>

namespace {
constexpr int UnknownChoice = -2;
constexpr int PassChoice = -1;
// Entries per bucket, at most: a bucket's per-token, per-question table is then at most
// BucketSlots slots, small enough to stay in the CPU cache.
constexpr int BucketEntries = 4096;
constexpr int BucketSlots = 65536;
// What fits an entry's fields (see Entry): later questions and choices are ignored.
constexpr int MaxQuestions = 1 << 12;
constexpr int MaxChoices = (1 << 12) - 1;

// A fixed seed: fingerprints only need to differ between tokens, not between runs.
constexpr size_t FingerprintSeed = 0x9e3779b97f4a7c15u;
} // namespace

// One answer that can belong to a person, in 16 bytes: the loop over a million answers is
// bound by memory traffic, so the entries are packed.
struct Tabulation::Entry
{
    quint64 fingerprint; // top bits pick the bucket, low bits the slot in it
    quint64 packed;      // time (40 bits) | question (12 bits) | choice + 1 (12 bits)

    static constexpr int FieldBits = 12;
    static constexpr quint64 FieldMask = (quint64(1) << FieldBits) - 1;
    static constexpr int TimeBits = 64 - 2 * FieldBits;

    static Entry make(quint64 fingerprint, qint64 time, int question, int choice)
    {
        return {fingerprint, quint64(time) << (2 * FieldBits) | quint64(question) << FieldBits |
                                 quint64(choice + 1)};
    }
    qint64 time() const { return qint64(packed >> (2 * FieldBits)); }
    int question() const { return int((packed >> FieldBits) & FieldMask); }
    int choice() const { return int(packed & FieldMask) - 1; }
};

// Per-bucket working memory, reused from bucket to bucket.
struct Tabulation::Scratch
{
    struct Slot
    {
        quint64 fingerprint;
        int token;
        int bucket; // the slot is in use only when this is the current bucket
    };
    // A token's latest answer to one question.
    struct Latest
    {
        qint64 time;
        int entry; // -1: none yet
        int choice;
    };

    std::vector<Slot> table = std::vector<Slot>(64, Slot{0, -1, -1}); // a power of two
    int bucket = -1;
    int questionCount = 0;
    std::vector<Latest> latest;    // token × question
    std::vector<int> nextAnswered; // token × question: the token's previous question, or -1
    std::vector<int> lastAnswered; // per token: its last newly answered question, or -1
    std::vector<int> groupLatest;  // per group: the question of the latest answer, or -1

    int addToken()
    {
        latest.resize(latest.size() + size_t(questionCount), Latest{0, -1, 0});
        nextAnswered.resize(latest.size(), -1);
        lastAnswered.push_back(-1);
        return int(lastAnswered.size()) - 1;
    }

    void growTable()
    {
        std::vector<Slot> old(table.size() * 2, Slot{0, -1, -1});
        old.swap(table);
        const size_t mask = table.size() - 1;
        for (const Slot &slot : old) {
            if (slot.bucket != bucket)
                continue;
            size_t j = slot.fingerprint & mask;
            while (table[j].bucket == bucket)
                j = (j + 1) & mask;
            table[j] = slot;
        }
    }
};

// The buckets of the previous tabulation on this thread, emptied but with their memory: a
// million answers take 16 MB, and fresh memory costs a page fault per 4 KB every time, as much
// as the tabulation itself. Memory far beyond what is asked for is given back.
std::vector<std::vector<Tabulation::Entry>> &Tabulation::reusedBuckets(size_t count,
                                                                       qsizetype answers)
{
    thread_local std::vector<std::vector<Entry>> buckets;
    const size_t perBucket = size_t(answers) / count * 5 / 4 + 16;
    if (buckets.size() != count || (!buckets.empty() && buckets.front().capacity() > 4 * perBucket))
        std::vector<std::vector<Entry>>(count).swap(buckets);
    for (std::vector<Entry> &bucket : buckets) {
        bucket.clear();
        bucket.reserve(perBucket);
    }
    return buckets;
}

int Tabulation::StageCounts::total() const
{
    int sum = 0;
    for (int count : stages)
        sum += count;
    return sum;
}

Tabulation::Tabulation(const QList<Question> &questions, const QList<Answer> &answers,
                       const QList<Tally> &tallies, const std::vector<int> &groupOfQuestion,
                       int groupCount)
    : mQuestions(questions), mGroupCount(groupCount), mGroupOf(groupOfQuestion),
      mGroups(size_t(groupCount))
{
    const QStringList stageKeys = Spectrum::keys();
    const int n = int(mQuestions.size());
    mGroupOf.resize(size_t(n), NoGroup);
    mIsDecision.resize(size_t(n));
    mChoiceStage.resize(size_t(n));
    mChoiceCounts.resize(size_t(n));
    mQuestionPasses.assign(size_t(n), 0);
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = std::numeric_limits<qint64>::min();
    for (int i = 0; i < n; ++i) {
        const Question &q = mQuestions.at(i);
        mIsDecision[i] = q.kind == QuestionKind::Decision;
        if (q.kind != QuestionKind::SelfPlacement || mGroupOf[i] >= groupCount)
            mGroupOf[i] = NoGroup;
        for (const Choice &c : q.choices.mid(0, MaxChoices))
            mChoiceStage[i].push_back(static_cast<signed char>(stageKeys.indexOf(c.stage)));
        mChoiceCounts[i].assign(mChoiceStage[i].size(), 0);
        lowest = std::min(lowest, q.id);
        highest = std::max(highest, q.id);
    }
    // Question ids from the store are small and close together: index them with a plain array,
    // so the loop over the answers does no hashing for them. Commitment questions are left out:
    // their answers are texts, not choices.
    const bool dense = n > 0 && highest - lowest < qint64(4) * n + 64;
    if (dense) {
        mFirstId = lowest;
        mDenseIndex.assign(size_t(highest - lowest + 1), -1);
    }
    for (int i = n - 1; i >= 0; --i) {
        if (mQuestions.at(i).kind == QuestionKind::Commitment || i >= MaxQuestions)
            continue;
        if (dense)
            mDenseIndex[size_t(mQuestions.at(i).id - lowest)] = i;
        else
            mSparseIndex.insert(mQuestions.at(i).id, i);
    }

    // Pass 1, in list order: resolve each answer's question and choice, fingerprint its token
    // and file it in a bucket by the fingerprint's top bits. Every answer of a token lands in
    // the same bucket, in list order. This is the only pass that touches the answers.
    const qsizetype perBucket = std::clamp(BucketSlots / std::max(n, 1), 1, BucketEntries);
    int bits = 0;
    while (bits < 20 && (qsizetype(1) << bits) * perBucket < answers.size())
        ++bits;
    std::vector<std::vector<Entry>> &buckets = reusedBuckets(size_t(1) << bits, answers.size());
    constexpr qint64 TimeOffset = qint64(1) << (Entry::TimeBits - 1);
    qint64 epoch = 0;
    bool haveEpoch = false;
    for (const Answer &a : answers) {
        const int q = questionIndex(a.questionId);
        if (q < 0)
            continue;
        const int c = choiceIndex(q, a.choice);
        if (c == UnknownChoice)
            continue;
        if (a.token.isEmpty()) {
            countUnpaired(q, c, 1);
            if (mIsDecision[q] && c >= 0 && mChoiceStage[q][c] >= 0)
                ++mChosenPeople;
            continue;
        }
        // Times are kept relative to the first one, to the millisecond, within ±17 years of
        // it (beyond that they are clamped, which keeps them in order); invalid ones first.
        qint64 time = 0;
        if (a.at.isValid()) {
            const qint64 ms = a.at.toMSecsSinceEpoch();
            if (!haveEpoch) {
                epoch = ms;
                haveEpoch = true;
            }
            qint64 since = 0;
            if (qSubOverflow(ms, epoch, &since))
                since = ms < epoch ? -TimeOffset : TimeOffset;
            time = std::clamp(since, 1 - TimeOffset, TimeOffset - 1) + TimeOffset;
        }
        const quint64 fingerprint = qHash(QStringView(a.token), FingerprintSeed);
        std::vector<Entry> &bucket = buckets[bits ? size_t(fingerprint >> (64 - bits)) : 0];
        bucket.push_back(Entry::make(fingerprint, time, q, c));
    }

    // Pass 2: bucket by bucket, each token's answers.
    Scratch scratch;
    scratch.questionCount = n;
    scratch.groupLatest.assign(size_t(groupCount), -1);
    for (std::vector<Entry> &bucket : buckets) {
        tabulateBucket(bucket.data(), int(bucket.size()), scratch);
        bucket.clear();
    }

    int mostTallied = 0;
    std::vector<int> tallied(size_t(n), 0);
    for (const Tally &t : tallies) {
        const int q = questionIndex(t.questionId);
        if (q < 0 || t.count <= 0)
            continue;
        const int c = choiceIndex(q, t.choice);
        if (c == UnknownChoice)
            continue;
        countUnpaired(q, c, t.count);
        if (mIsDecision[q] && c >= 0 && mChoiceStage[q][c] >= 0) {
            tallied[q] += t.count;
            mostTallied = std::max(mostTallied, tallied[q]);
        }
    }
    mChosenPeople += mostTallied;
}

int Tabulation::questionIndex(qint64 id) const
{
    if (!mDenseIndex.empty()) {
        const qint64 offset = id - mFirstId;
        return offset < 0 || offset >= qint64(mDenseIndex.size()) ? -1 : mDenseIndex[offset];
    }
    return mSparseIndex.value(id, -1);
}

int Tabulation::choiceIndex(int question, const QString &choice) const
{
    // Size, then memcmp: this runs once per answer, and QString's operator== (Qt 6.4) takes
    // the longer way of a full ordering comparison.
    const QList<Choice> &choices = mQuestions[question].choices;
    const int count = int(mChoiceStage[question].size());
    const size_t bytes = size_t(choice.size()) * sizeof(QChar);
    for (int c = 0; c < count; ++c) {
        const QString &key = choices[c].key;
        if (key.size() == choice.size() &&
            std::memcmp(key.constData(), choice.constData(), bytes) == 0)
            return c;
    }
    return choice == SessionKeys::Pass ? PassChoice : UnknownChoice;
}

// Answers without a token and tallies: counted as they are, one person per count.
void Tabulation::countUnpaired(int question, int choice, int people)
{
    if (choice >= 0)
        mChoiceCounts[question][choice] += people;
    else
        mQuestionPasses[question] += people;

    StageCounts *target = nullptr;
    if (mGroupOf[question] != NoGroup)
        target = &mGroups[mGroupOf[question]];
    else if (mIsDecision[question])
        target = &mChosen;
    if (!target)
        return;
    const int stage = choice >= 0 ? mChoiceStage[question][choice] : NoStage;
    if (choice < 0)
        target->passes += people;
    else if (stage >= 0)
        target->stages[stage] += people;
}

// One bucket: finds its tokens by fingerprint and keeps each token's latest answer per
// question, in one pass over the entries in list order (so on equal times the later entry
// wins). Then sums up token by token.
void Tabulation::tabulateBucket(const Entry *entries, int size, Scratch &s)
{
    // The fingerprint table keeps its size from bucket to bucket (they are alike) and doubles
    // when half full; slots of earlier buckets count as empty, so it is never cleared.
    ++s.bucket;
    s.latest.clear();
    s.nextAnswered.clear();
    s.lastAnswered.clear();
    const int questionCount = s.questionCount;
    for (int i = 0; i < size; ++i) {
        const Entry &e = entries[i];
        const size_t mask = s.table.size() - 1;
        size_t j = e.fingerprint & mask;
        const int question = e.question();
        const qint64 time = e.time();
        while (s.table[j].bucket == s.bucket && s.table[j].fingerprint != e.fingerprint)
            j = (j + 1) & mask;
        int token = s.table[j].token;
        if (s.table[j].bucket != s.bucket) {
            token = s.addToken();
            s.table[j] = Scratch::Slot{e.fingerprint, token, s.bucket};
            if (s.lastAnswered.size() * 2 > s.table.size())
                s.growTable();
        }
        const size_t slot = size_t(token) * size_t(questionCount) + size_t(question);
        Scratch::Latest &latest = s.latest[slot];
        if (latest.entry < 0) {
            s.nextAnswered[slot] = s.lastAnswered[token];
            s.lastAnswered[token] = question;
        } else if (time < latest.time) {
            continue;
        }
        latest = Scratch::Latest{time, i, e.choice()};
    }
    for (int token = 0; token < int(s.lastAnswered.size()); ++token)
        tabulateToken(token, s);
}

void Tabulation::tabulateToken(int token, Scratch &s)
{
    const size_t first = size_t(token) * size_t(s.questionCount);
    // Across the questions of a group: the later time, and on equal times the later entry.
    const auto isLater = [&s](size_t slot, size_t than) {
        const Scratch::Latest &a = s.latest[slot];
        const Scratch::Latest &b = s.latest[than];
        return a.time != b.time ? a.time > b.time : a.entry > b.entry;
    };

    std::fill(s.groupLatest.begin(), s.groupLatest.end(), -1);
    int decisionSum = 0;
    int decisionCount = 0;
    for (int q = s.lastAnswered[token]; q >= 0; q = s.nextAnswered[first + size_t(q)]) {
        const size_t slot = first + size_t(q);
        const int c = s.latest[slot].choice;
        if (c >= 0)
            ++mChoiceCounts[q][c];
        else
            ++mQuestionPasses[q];
        const int g = mGroupOf[q];
        if (g != NoGroup) {
            int &latest = s.groupLatest[g];
            if (latest < 0 || isLater(slot, first + size_t(latest)))
                latest = q;
        } else if (mIsDecision[q]) {
            const int stage = c >= 0 ? mChoiceStage[q][c] : NoStage;
            if (c < 0) {
                ++mChosen.passes;
            } else if (stage >= 0) {
                ++mChosen.stages[stage];
                decisionSum += stage + 1;
                ++decisionCount;
            }
        }
    }
    ++mTokenCount;
    mTokenDecisionSum.push_back(decisionSum);
    mTokenDecisionCount.push_back(decisionCount);
    if (decisionCount > 0)
        ++mChosenPeople;

    for (int g = 0; g < mGroupCount; ++g) {
        const int q = s.groupLatest[g];
        int stage = NoStage;
        if (q >= 0) {
            const int c = s.latest[first + size_t(q)].choice;
            if (c < 0)
                ++mGroups[g].passes;
            else if ((stage = mChoiceStage[q][c]) >= 0)
                ++mGroups[g].stages[stage];
        }
        mTokenGroupStage.push_back(static_cast<signed char>(stage));
    }
}
