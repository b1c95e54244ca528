package io.verifact.document;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;

/** Whether a PDF page's resources hold a picture, looking into nested forms a few levels deep. */
final class DrawnPictures {

    private static final int MAX_DEPTH = 5;

    private DrawnPictures() {
    }

    static boolean drawn(PDResources resources, int depth) {
        if (resources == null || depth > MAX_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object;
            try {
                object = resources.getXObject(name);
            } catch (IOException e) {
                return true;
            }
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && drawn(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
