#include "spectrum.h"

#include "scenario/translatedtext.h"

namespace {

// Source texts. They are marked for Qt Linguist here and translated when a Spectrum is made,
// so a language switch only needs a new Spectrum::standard().
struct StageText
{
    const char *key;
    const char *label;
    const char *summary;
    const char *description;
    const char *behaviours[4];
    const char *inMeeting;
    const char *nextStep;
    quint32 rgb;
};

const StageText stageTexts[Spectrum::StageCount] = {
    {"bystander",
     QT_TRANSLATE_NOOP("Spectrum", "Bystander"),
     QT_TRANSLATE_NOOP("Spectrum", "Sees the unfairness happen and stays out of it."),
     QT_TRANSLATE_NOOP("Spectrum",
                       "The bystander is in the room when someone is excluded or demeaned and lets "
                       "it pass. Rarely out of ill will: more often they are unsure what to say, "
                       "uncomfortable, or quietly weighing the cost of speaking against the ease "
                       "of silence. Most of us stand here more often than we would like to think; "
                       "what is missing is skill, confidence and a culture that backs them up."),
     {QT_TRANSLATE_NOOP("Spectrum", "Looks away or changes the subject when a remark lands badly"),
      QT_TRANSLATE_NOOP("Spectrum", "Waits for someone more senior to deal with it"),
      QT_TRANSLATE_NOOP("Spectrum", "Tells themselves it was only a joke, or not their business"),
      nullptr},
     QT_TRANSLATE_NOOP("Spectrum",
                       "A colleague is talked over twice; the bystander notices, feels uneasy and "
                       "moves on to the next agenda item."),
     QT_TRANSLATE_NOOP("Spectrum",
                       "Notice: pay deliberate attention to who speaks, who is interrupted and "
                       "who is missing. Seeing the pattern is the first move."),
     0xD55E00},
    {"passive-supporter",
     QT_TRANSLATE_NOOP("Spectrum", "Passive supporter"),
     QT_TRANSLATE_NOOP("Spectrum", "Agrees with inclusion when asked, but never starts anything."),
     QT_TRANSLATE_NOOP("Spectrum",
                       "The passive supporter means it: they back the right policies, sit through "
                       "the training and agree when the topic comes up. Their support is sincere "
                       "but stays in reserve. It is never spent in the moment that would change "
                       "something, so the people it is meant for never feel it."),
     {QT_TRANSLATE_NOOP("Spectrum",
                        "Agrees in private after the meeting that something was unfair"),
      QT_TRANSLATE_NOOP("Spectrum", "Votes for inclusive policies but does not raise them"),
      QT_TRANSLATE_NOOP("Spectrum",
                        "Attends training and events, then returns to business as usual"),
      nullptr},
     QT_TRANSLATE_NOOP("Spectrum",
                       "Nods when someone else challenges a biased comment, and says afterwards in "
                       "the corridor that they were right."),
     QT_TRANSLATE_NOOP("Spectrum",
                       "Name it: say something in the moment, specifically. It does not need to be "
                       "perfect; silence costs more than an imperfect sentence."),
     0xE69F00},
    {"performative-ally",
     QT_TRANSLATE_NOOP("Spectrum", "Performative ally"),
     QT_TRANSLATE_NOOP("Spectrum", "Visible in public, absent where it counts."),
     QT_TRANSLATE_NOOP(
         "Spectrum", "The performative ally posts, shares and speaks up where it is seen: at the "
                     "awareness event, on social media, in the all-hands. When the hard, quiet "
                     "work comes (the budget, the policy, the awkward conversation) they are "
                     "elsewhere. Their support mostly serves their own reputation, and the people "
                     "it claims to help can tell."),
     {QT_TRANSLATE_NOOP("Spectrum", "Shares the campaign post, skips the policy review"),
      QT_TRANSLATE_NOOP("Spectrum", "Speaks about inclusion on stage, not in the hiring panel"),
      QT_TRANSLATE_NOOP("Spectrum", "Expects thanks or visibility for acts of support"), nullptr},
     QT_TRANSLATE_NOOP(
         "Spectrum", "Opens the meeting with a statement about valuing every voice, then lets the "
                     "same two people talk for an hour."),
     QT_TRANSLATE_NOOP("Spectrum",
                       "Move the effort from being seen to changing something: pick one action no "
                       "one will applaud and do it consistently."),
     0xCC79A7},
    {"active-ally",
     QT_TRANSLATE_NOOP("Spectrum", "Active ally"),
     QT_TRANSLATE_NOOP("Spectrum", "Steps in when it happens, without waiting for applause."),
     QT_TRANSLATE_NOOP(
         "Spectrum", "The active ally acts in real time. They speak up when something is wrong "
                     "rather than when it is safe, make sure ideas are credited to the person who "
                     "had them, and notice who is being left out of the conversation and make room "
                     "for them. It shows in behaviour, again and again, not in announcements."),
     {QT_TRANSLATE_NOOP("Spectrum", "Brings an overlooked idea back and names whose it was"),
      QT_TRANSLATE_NOOP("Spectrum", "Interrupts a demeaning joke by pointing to its impact"),
      QT_TRANSLATE_NOOP("Spectrum", "Corrects a mispronounced name or a wrong pronoun, calmly"),
      QT_TRANSLATE_NOOP("Spectrum", "Asks the person affected what support they actually want")},
     QT_TRANSLATE_NOOP("Spectrum",
                       "\"Before we move on, I'd like to hear the end of Lina's point.\""),
     QT_TRANSLATE_NOOP("Spectrum",
                       "Use what you have: your seniority, network, credibility or platform can "
                       "change processes, not only moments."),
     0x56B4E9},
    {"advocate",
     QT_TRANSLATE_NOOP("Spectrum", "Advocate"),
     QT_TRANSLATE_NOOP("Spectrum", "Uses their power to change the system, watched or not."),
     QT_TRANSLATE_NOOP(
         "Spectrum", "The advocate goes beyond the single incident to the process that keeps "
                     "producing it. They use positional or social power to open doors, question "
                     "criteria and challenge decisions that keep inequity in place, whether or not "
                     "anyone is looking. They keep the focus on the people affected, not on "
                     "themselves, and treat it as lifelong practice rather than a box ticked."),
     {QT_TRANSLATE_NOOP("Spectrum", "Asks what the promotion criteria actually measure"),
      QT_TRANSLATE_NOOP("Spectrum", "Secures budget and executive access for a resource group"),
      QT_TRANSLATE_NOOP("Spectrum",
                        "Brings people into rooms and client meetings they are kept out of"),
      QT_TRANSLATE_NOOP("Spectrum",
                        "Pushes for pay and promotion data to be examined and published")},
     QT_TRANSLATE_NOOP("Spectrum",
                       "\"Who affected by this decision is not in this room, and how do we hear "
                       "from them before we sign it off?\""),
     QT_TRANSLATE_NOOP(
         "Spectrum", "Keep going and bring others with you: make active allyship the norm in your "
                     "team rather than the exception."),
     0x0072B2},
};

} // namespace

QString Stage::colorName() const
{
    return QStringLiteral("#%1").arg(rgb, 6, 16, QLatin1Char('0'));
}

Spectrum Spectrum::standard()
{
    return standard(nullptr);
}

Spectrum Spectrum::standard(const Catalogue *language)
{
    const auto translated = [language](const char *text) {
        return translatedText(language, "Spectrum", text);
    };
    Spectrum spectrum;
    for (int i = 0; i < StageCount; ++i) {
        const StageText &t = stageTexts[i];
        Stage stage;
        stage.key = QLatin1String(t.key);
        stage.label = translated(t.label);
        stage.summary = translated(t.summary);
        stage.description = translated(t.description);
        for (const char *behaviour : t.behaviours) {
            if (behaviour)
                stage.behaviours.append(translated(behaviour));
        }
        stage.inMeeting = translated(t.inMeeting);
        stage.nextStep = translated(t.nextStep);
        stage.rgb = t.rgb;
        stage.index = i;
        spectrum.mStages.append(stage);
    }
    return spectrum;
}

QStringList Spectrum::keys()
{
    QStringList result;
    for (const StageText &t : stageTexts)
        result.append(QLatin1String(t.key));
    return result;
}

bool Spectrum::isKey(const QString &key)
{
    return keys().contains(key);
}

Spectrum Spectrum::withLabels(const QHash<QString, QString> &labels) const
{
    Spectrum copy = *this;
    for (Stage &stage : copy.mStages) {
        const QString label = labels.value(stage.key).trimmed();
        if (!label.isEmpty())
            stage.label = label;
    }
    return copy;
}

int Spectrum::indexOf(const QString &key) const
{
    for (const Stage &stage : mStages) {
        if (stage.key == key)
            return stage.index;
    }
    return -1;
}

const Stage *Spectrum::stage(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &mStages.at(i);
}
