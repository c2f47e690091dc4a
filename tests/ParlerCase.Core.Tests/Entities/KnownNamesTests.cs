using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Tests.Entities;

public class KnownNamesTests
{
    private static EntityIndex Index(string text) => EntityIndex.Build(new[] { Document.FromText(text, "en") });

    [Fact]
    public void A_short_name_takes_the_full_name_an_earlier_article_gave()
    {
        var names = new KnownNames();
        names.Learn(Index("Amazon Web Services (AWS) suspended the service. Judge Helen Carter heard the case."));
        var later = Index("AWS said nothing. Carter ruled on Friday.");
        Assert.Equal("Amazon Web Services", names.Canonical("AWS", later));
        Assert.Equal("Helen Carter", names.Canonical("Carter", later));
        Assert.Equal("Parler", names.Canonical("Parler", later));
    }

    [Fact]
    public void A_short_name_the_article_gives_to_somebody_else_stays_as_written()
    {
        var names = new KnownNames();
        names.Learn(Index("Judge Helen Carter heard the case. Carter was brief."));
        var later = Index("Senator Mark Carter and Dr. Anna Carter spoke. Carter declined to comment.");
        Assert.Equal("Carter", names.Canonical("Carter", later));
    }

    [Fact]
    public void A_short_name_two_earlier_articles_give_to_different_people_stays_as_written()
    {
        var names = new KnownNames();
        names.Learn(Index("Judge Helen Carter heard the case. Carter was brief."));
        names.Learn(Index("Senator Mark Carter spoke. Carter declined to comment."));
        Assert.Equal("Carter", names.Canonical("Carter", Index("Carter said no.")));
    }
}
