namespace KnowledgeGraph.Extraction.Pipeline;

internal sealed partial class MeetingExtractor
{
    /// <summary>
    /// One meeting reported in several sentences becomes one: the same persons on a compatible date; a visit
    /// absorbed by the talks held during it; a briefing by "MOFA officials" and the same briefing by Otsuki.
    /// </summary>
    private static List<MeetingEvent> Merge(CableDocument document, List<MeetingEvent> events)
    {
        var result = new List<MeetingEvent>();
        foreach (var e in events)
        {
            var target = result.FirstOrDefault(r => SameMeeting(r, e));
            if (target is null)
            {
                result.Add(e);
                continue;
            }

            Absorb(target, e);
        }

        // A visit whose persons all took part in a richer meeting on the same day is that meeting's setting.
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var v = result[i];
            if (v.Kind != "visit" || v.Participants.Count != 1)
            {
                continue;
            }

            var host = result.FirstOrDefault(r => r != v && r.Participants.Count > 1 && v.PersonIds.All(r.PersonIds.Contains)
                                                  && (r.Date == v.Date || r.Date is null) && r.Planned == v.Planned);
            if (host is not null)
            {
                if (host.Location is null || (!host.LocationIsCity && v.LocationIsCity))
                {
                    host.Location = v.Location ?? host.Location;
                    host.LocationCountry = v.LocationCountry ?? host.LocationCountry;
                    host.LocationIsCity |= v.LocationIsCity;
                }

                host.Date ??= v.Date;
                result.RemoveAt(i);
            }
        }

        // "Mansouri met with A, B and C" summarizing "met separately with A, B and C": the separate meetings stand.
        result.RemoveAll(m =>
        {
            var ids = m.PersonIds.ToList();
            if (ids.Count < 3)
            {
                return false;
            }

            return ids.Any(hub => ids.Where(x => x != hub).All(x => result.Any(o => o != m && o.PersonIds.Count() == 2 && o.PersonIds.Contains(hub) && o.PersonIds.Contains(x))));
        });

        foreach (var m in result)
        {
            // A group whose organization is represented by a named member is that member ("MOFA officials" + Otsuki).
            var orgs = m.Participants.Where(p => p.Person is not null).SelectMany(p => p.Person!.OrganizationIds).ToHashSet();
            m.Participants.RemoveAll(p => p.Group is not null && orgs.Contains(p.Id) && m.Participants.Any(x => x.Person is not null && x.Person.OrganizationIds.Contains(p.Id)));
            if (m.Location is null && m.Participants.Any(p => p.Group is not null && p.Id == "org:" + GroupTagger.EmbassyKey(document)) && document.PostCity is not null)
            {
                m.Location = document.PostCity;
                m.LocationCountry = document.HostCountry;
                m.LocationIsCity = true;
            }
        }

        return result;
    }

    private static bool SameMeeting(MeetingEvent a, MeetingEvent b)
    {
        if (a.Planned != b.Planned || (a.Date is not null && b.Date is not null && a.Date != b.Date))
        {
            return false;
        }

        var pa = a.PersonIds.ToHashSet();
        var pb = b.PersonIds.ToHashSet();
        if (pa.Count > 0 && pa.SetEquals(pb) && (a.Kind == b.Kind || pa.Count > 1))
        {
            return true;
        }

        // Same day, same side: a briefing reported once with the group and once with its named official.
        if (a.Date is not null && a.Date == b.Date && (pa.Count == 0 || pb.Count == 0))
        {
            var ida = Ids(a);
            return Ids(b).Any(ida.Contains);
        }

        return false;
    }

    private static HashSet<string> Ids(MeetingEvent m)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in m.Participants)
        {
            set.Add(p.Id);
            if (p.Person is not null)
            {
                set.UnionWith(p.Person.OrganizationIds);
            }
        }

        return set;
    }

    private static void Absorb(MeetingEvent target, MeetingEvent e)
    {
        var namedFirst = target.PersonIds.Any() || !e.PersonIds.Any();
        foreach (var p in e.Participants)
        {
            if (!target.Participants.Any(x => x.Id == p.Id))
            {
                target.Participants.Add(p);
            }
        }

        if (namedFirst)
        {
            target.Sentences.AddRange(e.Sentences);
        }
        else
        {
            // the report that names the people is the better evidence
            target.Sentences.InsertRange(0, e.Sentences);
            target.Kind = e.Kind;
        }

        target.Date ??= e.Date;
        target.EndDate ??= e.EndDate;
        if (target.Location is null || (!target.LocationIsCity && e.LocationIsCity))
        {
            target.Location = e.Location ?? target.Location;
            target.LocationCountry = e.LocationCountry ?? target.LocationCountry;
            target.LocationIsCity |= e.LocationIsCity;
        }

        target.Confidence = Math.Max(target.Confidence, e.Confidence);
    }
}
