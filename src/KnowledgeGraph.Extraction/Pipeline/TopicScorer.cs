using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Ranks topics for the cable (subject and headings weigh more than body text; TAGS count too) and for each meeting
/// (its sentences, then their paragraphs and sections, then the cable subject).</summary>
internal static class TopicScorer
{
    public static List<TopicEntity> CableTopics(CableDocument document)
    {
        var scores = new Dictionary<string, (double Score, List<Mention> Mentions, bool Tags, int First)>(StringComparer.Ordinal);

        void Add(TopicEntry topic, double weight, Mention? mention, bool tag, int position)
        {
            if (!scores.TryGetValue(topic.Key, out var s))
            {
                s = (0, [], false, position);
            }

            s.Score += weight;
            s.Tags |= tag;
            s.First = Math.Min(s.First, position);
            if (mention is not null)
            {
                s.Mentions.Add(mention);
            }

            scores[topic.Key] = s;
        }

        var headings = document.Cable.Sections.Select(h => h.Span).ToList();
        foreach (var (first, end, topic) in document.TopicMentions)
        {
            var start = document.Tokens[first].Start;
            var weight = InAny(headings, start) ? 2.0 : 1.0;
            Add(topic, weight, document.MentionOf(first, end), false, start);
        }

        foreach (var topic in SubjectTopics(document))
        {
            Add(topic, 3.0, null, false, -1);
        }

        foreach (var tag in document.Cable.Tags)
        {
            if (document.Lexicon.TopicsByTag.TryGetValue(tag.Value, out var topic))
            {
                Add(topic, 1.5, null, true, int.MaxValue);
            }
        }

        if (scores.Count == 0)
        {
            return [];
        }

        var max = scores.Values.Max(s => s.Score);
        return scores
            .OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Value.First).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv =>
            {
                var entry = document.Lexicon.TopicsByKey[kv.Key];
                return new TopicEntity(entry.Id, entry.Name, Math.Round(kv.Value.Score / max, 3), kv.Value.Mentions, kv.Value.Tags);
            })
            .ToList();
    }

    public static List<TopicEntry> SubjectTopics(CableDocument document)
    {
        var subject = document.Cable.Subject;
        var result = new List<TopicEntry>();
        if (string.IsNullOrEmpty(subject))
        {
            return result;
        }

        var tokens = document.Lexicon.Tokenizer.Tokenize(subject);
        for (var i = 0; i < tokens.Count;)
        {
            var m = document.Lexicon.Topics.Longest(subject, tokens, i, tokens.Count, allCaps: true);
            if (m is null)
            {
                i++;
                continue;
            }

            result.Add(m.Value);
            i = m.EndToken;
        }

        return result;
    }

    /// <summary>Topics of one meeting, most central first.</summary>
    public static List<MeetingTopic> MeetingTopics(CableDocument document, MeetingEvent meeting, List<TopicEntry> subjectTopics)
    {
        var sentenceSpans = meeting.Sentences.Select(i => document.Sentences[i]).ToList();
        var paragraphs = sentenceSpans.Select(s => document.ParagraphAt(s.Start)).Where(p => p > 0).ToHashSet();
        var sections = document.Cable.Sections.Where(h => sentenceSpans.Any(s => h.Section.Contains(s.Start))).Select(h => h.Section).ToList();
        var scores = new Dictionary<string, (double Score, int First)>(StringComparer.Ordinal);
        foreach (var (first, _, topic) in document.TopicMentions)
        {
            var start = document.Tokens[first].Start;
            double weight = 0;
            if (InAny(sentenceSpans, start))
            {
                weight = 4;
            }
            else if (paragraphs.Contains(document.ParagraphAt(start)))
            {
                weight = 2;
            }
            else if (InAny(sections, start))
            {
                weight = 1;
            }

            if (weight > 0)
            {
                // Broad TAGS categories (political relations, trade) rank below the specific subjects of the talks.
                weight *= document.Lexicon.IsBroadTopic(topic.Key) ? 0.4 : 1.0;
                var s = scores.GetValueOrDefault(topic.Key, (0, start));
                scores[topic.Key] = (s.Score + weight, Math.Min(s.First, start));
            }
        }

        foreach (var topic in subjectTopics)
        {
            var s = scores.GetValueOrDefault(topic.Key, (0, int.MaxValue));
            scores[topic.Key] = (s.Score + 1.5, s.First);
        }

        return scores
            .Where(kv => kv.Key is not ("visits" or "summits"))
            .OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Value.First).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(12)
            .Select((kv, i) => new MeetingTopic(document.Lexicon.TopicsByKey[kv.Key].Id, document.Lexicon.TopicsByKey[kv.Key].Name, i + 1))
            .ToList();
    }

    // Loops, not Any(lambda): called for every topic mention of every meeting, where a closure per call added up.
    private static bool InAny(List<Sentence> sentences, int offset)
    {
        foreach (var s in sentences)
        {
            if (offset >= s.Start && offset < s.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InAny(List<TextSpan> spans, int offset)
    {
        foreach (var s in spans)
        {
            if (s.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }
}
