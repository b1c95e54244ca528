package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.PageText;

import java.util.List;
import java.util.Optional;

/**
 * Pages read turned (scanned upside down or sideways), set upright for what reads a page by its lines and
 * places: the fields, a supplier's mask and the zones taught in it, the layout a mask is chosen by. What is
 * found on them is put back where it stands on the pages as scanned, where the viewer draws it. Pages read
 * upright are their own upright pages.
 */
public final class UprightPages {

    private UprightPages() {
    }

    /** Whether a page was read turned. */
    public static boolean any(List<PageText> pages) {
        return pages.stream().anyMatch(p -> p.uprightTurns() != 0);
    }

    /** The pages, each turned upright. */
    public static List<PageText> of(List<PageText> pages) {
        return any(pages) ? pages.stream().map(PageText::upright).toList() : pages;
    }

    /** The eyes for pages read upright alone: the picture of a zone of a turned page lies turned. */
    public static ZoneEyes uprightOnly(List<PageText> pages, ZoneEyes eyes) {
        return (page, zone) -> pages.stream().anyMatch(p -> p.number() == page && p.uprightTurns() != 0) ? Optional.empty() : eyes.read(page, zone);
    }

    /** Where a rectangle on the page as scanned stands once the page is upright. */
    public static Box upright(PageText page, Box box) {
        return box == null ? null : box.turned(page.uprightTurns());
    }

    /** Where a rectangle on a page set upright stands on the page as scanned; pages by number from 1. */
    public static Box asScanned(List<PageText> pages, int page, Box box) {
        int turns = pages.stream().filter(p -> p.number() == page).mapToInt(PageText::uprightTurns).findFirst().orElse(0);
        return box == null || turns == 0 ? box : box.turned(4 - turns);
    }

    /** The candidate found on the pages set upright, boxed where it stands on the pages as scanned. */
    public static Candidate asScanned(List<PageText> pages, Candidate found) {
        Box box = asScanned(pages, found.page(), found.box());
        return box == found.box() ? found : new Candidate(found.value(), found.printed(), found.confidence(), found.page(), box);
    }
}
