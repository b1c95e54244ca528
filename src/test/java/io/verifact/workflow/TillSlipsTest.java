package io.verifact.workflow;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.Pictures;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.FieldKey;
import io.verifact.model.Recognition;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Till slips and retail receipts, printed narrow in a monospaced font and scanned: the merchant at the
 * top, the date, and the total paid, whatever else the slip prints (payment, change, tax summary).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TillSlipsTest {

    private AutoEngine engine;
    private Recognizer recognizer;

    @BeforeAll
    void start() {
        engine = new AutoEngine(new TextLayerEngine(), new TesseractEngine(null, "fra+eng+deu+nld", 1));
        Documents documents = new Documents(Limits.DEFAULT);
        recognizer = new Recognizer(documents, engine, new FieldExtractor(Clock.systemDefaultZone()), Clock.systemDefaultZone());
    }

    @AfterAll
    void stop() {
        engine.close();
    }

    @Test
    void aMalaysianSlipWithItsTaxSummaryGivesItsRoundedTotal() {
        Recognition r = read("""
                  KEDAI RUNCIT AH SENG SDN BHD
                       (CO. REG 123456-X)
                NO 12, JALAN BUNGA RAYA 3/2
                   43000 KAJANG, SELANGOR
                    GST ID: 001234567890

                      TAX INVOICE
                INV NO: CS00012345
                DATE: 15/03/2018   TIME: 10:22:31
                ----------------------------------
                MILO 1KG             1       25.90
                GARDENIA BREAD       2        7.60
                EGGS GRADE A 10S     1        4.50
                ----------------------------------
                TOTAL (INCL GST)             38.00
                CASH                         50.00
                CHANGE                       12.00

                GST SUMMARY      AMOUNT(RM)  TAX(RM)
                SR @ 6%             35.85      2.15
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("38.00");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2018-03-15");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValueSatisfying(name -> assertThat(name).contains("AH SENG"));
    }

    @Test
    void aDeliverySlipWithTotalsAtEachRateGivesWhatIsPayable() {
        Recognition r = read("""
                    KILANG ROTI MURNI (KL) SDN BHD
                        (CO. REG 339386-X)
                   LOT 3, JALAN PERUSAHAAN 2
                           CASH BILL
                DATE: 14/09/2017
                ----------------------------------
                WHITE BREAD     2.13   10   19.17
                WHOLEMEAL       2.78    1    2.78
                TOTAL 0% SUPPLIES:          21.95
                VANILLA ROLL    0.72   20   14.40
                TOTAL 6% SUPPLIES (EXCL. GST): 14.40
                GST:                         0.86
                TOTAL 6% SUPPLIES (INC. GST): 15.26
                TOTAL 0% SUPPLIES:          21.95
                TOTAL PAYABLE:              37.21
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("37.21");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("0.86");
    }

    @Test
    void aFrenchSupermarketSlipGivesItsShopNotAnArticle() {
        Recognition r = read("""
                       CARREFOUR MARKET
                  12 AVENUE DE LA REPUBLIQUE
                         75011 PARIS
                      TEL 01 43 55 12 12

                LAIT DEMI ECREME 1L         1,15
                PAIN DE MIE                 2,35
                POMMES GOLDEN KG            3,12
                CAFE MOULU 250G             4,79
                        4 ARTICLES
                TOTAL                      11,41 EUR
                CB EMV                     11,41 EUR

                   22/11/2026 18:42  CAISSE 004
                     MERCI DE VOTRE VISITE
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("11.41");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2026-11-22");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValueSatisfying(name -> assertThat(name).contains("CARREFOUR"));
    }

    @Test
    void aSlipPaidByCardWithChangeLinesGivesTheTotalNotThePayment() {
        Recognition r = read("""
                    PHARMACIE DU CENTRE
                  3 PLACE DU MARCHE 69002 LYON

                DOLIPRANE 1000MG            2,18
                SERUM PHYSIOLOGIQUE         3,90
                CREME MAINS                 6,50
                SOUS-TOTAL                 12,58
                REMISE FIDELITE            -0,58
                TOTAL TTC                  12,00
                ESPECES                    20,00
                RENDU                       8,00
                TVA 20,00%  HT 10,00  TVA 2,00

                   LE 05/02/2026 A 09:31
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("12.00");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2026-02-05");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValueSatisfying(name -> assertThat(name).contains("PHARMACIE DU CENTRE"));
    }

    @Test
    void aStoreNumberBesideTheNameKeepsTheNameAndTheAddressBelowIsNotTakenForIt() {
        Recognition r = read("""
                    WALGREENS #04512
                  1200 N STATE ST CHICAGO IL
                      (312) 555-0199

                ADVIL 24CT            9.99
                KLEENEX 3PK           6.49
                SUBTOTAL             16.48
                TAX 10.25%            1.69
                TOTAL                18.17
                VISA ****1234        18.17
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("18.17");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValueSatisfying(name -> assertThat(name).startsWith("WALGREENS"));
    }

    @Test
    void aCashSlipGivesItsTotalNotTheCashHandedOverNorTheTaxItIncludes() {
        Recognition r = read("""
                  RESTORAN SELERA KITA SDN BHD (778812-T)
                  LOT 5, JALAN PERDANA 2
                   50450 KUALA LUMPUR
                  (GST ID NO: 001122334455)
                      TAX INVOICE
                INV# 004417
                12/04/2018                13:05:44
                QTY ITEM                     TOTAL
                1 NASI LEMAK AYAM             9.40
                1 TEH TARIK                   2.60
                1 ROTI CANAI                  1.50
                DINE IN TOTAL (INCL GST)     13.50
                TOTAL ROUNDED                13.50
                CASH TENDERED                20.00
                CHANGE                        6.50
                TOTAL INCLUDES 6% GST         0.76
                   THANK YOU, PLEASE COME AGAIN
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("13.50");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("0.76");
        // 6 % of a total of 13.50 is 0.76: the two confirm each other, and the net is what is left.
        assertThat(r.value(FieldKey.NET_TOTAL)).hasValue("12.74");
        assertThat(r.fields().get(FieldKey.GROSS_TOTAL).confidence()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2018-04-12");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("RESTORAN SELERA KITA SDN BHD");
    }

    @Test
    void aSlipThatOnlySaysWhatIsDueGivesItAsTheTotalConfirmedByTheTaxItIncludes() {
        Recognition r = read("""
                  ROTI HARUM BAKERY S/B 551234-U
                  LOT 12, PASAR BESAR SEKSYEN 14
                  46100 PETALING JAYA
                  (GST ID : 000998877665)
                      TAX INVOICE
                INV NO :PJ40011852
                DATE:03/02/17 10:15
                CODE  DESC          QTY    AMT
                201   SCONE          2    7.50
                QTY                  2    7.50
                ROUNDING ADJ              0.00
                DUE                       7.50
                PAY                      20.00
                CHANGE                   12.50
                (TOTAL INCLUDED GST @ 6% : 0.42)
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("7.50");
        assertThat(r.value(FieldKey.TAX_TOTAL)).hasValue("0.42");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2017-02-03");
        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("ROTI HARUM BAKERY S/B 551234-U");
    }

    @Test
    void aDiscountBetweenTheSubtotalAndTheGrandTotalIsNotTakenForAnInvoiceWithoutTax() {
        Recognition r = read("""
                        PIZZA CORNER
                    12 JALAN UNIVERSITI 4
                     81300 SKUDAI, JOHOR
                DATE : 08/05/18   TIME : 10:52
                QTY  DESC                  PRICE
                1    PEPPERONI M           15.60
                TOTAL ITEMS :                  1
                SUB-TOTAL :                15.60
                COUPON DISCOUNT :           8.90
                GRAND TOTAL :               6.70
                PAYMENT :                  50.00
                CHANGE DUE :               43.30
                """);

        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("6.70");
        assertThat(r.fields().values()).noneMatch(f -> f.value().equals("15.60") && f.confidence() >= 0.9);
    }

    @Test
    void aMerchantNamePrintedOnTwoLinesIsGivenWhole() {
        Recognition r = read("""
                         BUKU RAKYAT
                        CO. (M) SDN BHD
                     (CO. NO. 113825-W)
                 (GST REG NO. 001492992000)
                  NO 8, JALAN 7/118B, DESA
                05/03/18 15:02
                DESCRIPTION                 AMOUNT
                SC ACR FRAME S103M         10.99 T
                TOTAL RM INCL. OF GST        10.99
                ROUNDING ADJ                  0.01
                TOTAL RM                     11.00
                CASH                         20.00
                CHANGE                        9.00
                """);

        assertThat(r.value(FieldKey.SUPPLIER_NAME)).hasValue("BUKU RAKYAT CO. (M) SDN BHD");
        // A slip's total is what was paid: the total printed after rounding to the coin.
        assertThat(r.value(FieldKey.GROSS_TOTAL)).hasValue("11.00");
        assertThat(r.value(FieldKey.AMOUNT_DUE)).hasValue("11.00");
        assertThat(r.value(FieldKey.INVOICE_DATE)).hasValue("2018-03-05");
    }

    /** The slip printed in a monospaced font on a narrow roll, scanned at 200 dpi, and read as extract reads it. */
    private Recognition read(String slip) {
        List<String> lines = slip.lines().toList();
        int size = 22;
        int width = 640;
        int height = 120 + lines.size() * (size + 10);
        BufferedImage page = Pictures.blank(width, height);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, size));
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 30, 70 + i * (size + 10));
            }
        } finally {
            g.dispose();
        }
        Outcome outcome = recognizer.recognize("slip.png", Pictures.encode(page, "png"));
        assertThat(outcome).isInstanceOf(Outcome.Read.class);
        return ((Outcome.Read) outcome).recognition();
    }
}
