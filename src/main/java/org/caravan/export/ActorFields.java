package org.caravan.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor as GDELT's ten actor fields break it out: the CAMEO code, its country, known group and up to three type
 * codes. A country actor's code is its CAMEO country code followed by its roles in three-letter chunks
 * ({@code RUSGOV} is country RUS, type GOV); an organisation's is the code of {@link GdeltCodes}.
 */
record ActorFields(String code, String country, String group, List<String> types) {

    static ActorFields of(String key, String code, GdeltCodes codes) {
        if (codes.isCountry(key) && code.startsWith(key)) {
            String country = codes.actor(key).code();
            List<String> types = new ArrayList<>();
            String roles = code.substring(key.length());
            for (int i = 0; i + 3 <= roles.length(); i += 3) {
                types.add(roles.substring(i, i + 3));
            }
            return new ActorFields(country + roles, country, "", types);
        }
        if (codes.isCountry(key)) {
            return new ActorFields(code, "", "", List.of());
        }
        GdeltCodes.ActorCode org = codes.actor(key);
        return new ActorFields(org.code(), "", org.group(), org.type().isEmpty() ? List.of() : List.of(org.type()));
    }
}
