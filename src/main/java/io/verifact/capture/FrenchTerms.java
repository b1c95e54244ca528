package io.verifact.capture;

import java.util.List;

/** The terms and conditions a French supplier prints behind its invoices: text without figures to read. */
final class FrenchTerms {

    /** One article of the terms: its heading and its text. */
    record Article(String heading, String text) {
    }

    static final List<Article> ARTICLES = List.of(
            new Article("Article 1 – Objet", "Les présentes conditions régissent les ventes de mobilier, d'agencements et de travaux "
                    + "de menuiserie réalisés par l'atelier. Toute commande vaut acceptation sans réserve des présentes "
                    + "conditions, qui prévalent sur toute autre condition d'achat, sauf accord écrit."),
            new Article("Article 2 – Devis et commandes", "Les devis sont valables trois mois. La commande devient ferme à la "
                    + "réception du devis signé et de l'acompte prévu. Toute modification demandée après la commande fait "
                    + "l'objet d'un avenant."),
            new Article("Article 3 – Délais", "Les délais de fabrication et de pose sont donnés à titre indicatif. Un retard ne peut "
                    + "justifier l'annulation de la commande ni donner lieu à indemnité, sauf faute lourde de l'atelier."),
            new Article("Article 4 – Réception", "Les ouvrages sont vérifiés à la livraison ou à la fin de la pose. Les réserves "
                    + "sont notées sur le procès-verbal de réception ; à défaut, les ouvrages sont réputés acceptés."),
            new Article("Article 5 – Réserve de propriété", "Les ouvrages restent la propriété de l'atelier jusqu'au paiement "
                    + "intégral du prix. Les risques sont transférés dès la livraison."),
            new Article("Article 6 – Garanties", "Les ouvrages bénéficient de la garantie légale de conformité et de la garantie "
                    + "des vices cachés. Le bois est un matériau vivant : ses variations de teinte et de veinage ne "
                    + "constituent pas un défaut."),
            new Article("Article 7 – Litiges", "Les présentes conditions sont soumises au droit français. À défaut d'accord amiable, "
                    + "tout litige relève des tribunaux du siège de l'atelier."));

    private FrenchTerms() {
    }
}
