package org.coproduce.organisations;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organisation create(String slug, String name, String contactEmail) {
        long id = jdbc.sql("""
                        insert into organisation (slug, name, contact_email)
                        values (:slug, :name, :contactEmail)
                        returning id""")
                .param("slug", slug)
                .param("name", name)
                .param("contactEmail", contactEmail)
                .query(Long.class).single();
        return new Organisation(id, slug, name, contactEmail);
    }

    public Organisation get(long id) {
        return jdbc.sql("select id, slug, name, contact_email from organisation where id = :id")
                .param("id", id)
                .query(Organisation.class).single();
    }

    public Optional<Organisation> findBySlug(String slug) {
        return jdbc.sql("select id, slug, name, contact_email from organisation where slug = :slug")
                .param("slug", slug)
                .query(Organisation.class).optional();
    }

    public PublicDetails publicDetails(long id) {
        return jdbc.sql("select public_introduction as introduction, public_phone as phone, postal_address from organisation where id = :id")
                .param("id", id)
                .query(PublicDetails.class).single();
    }

    public void savePublicDetails(long id, PublicDetails details) {
        jdbc.sql("""
                        update organisation
                           set public_introduction = :introduction, public_phone = :phone, postal_address = :postalAddress
                         where id = :id""")
                .param("introduction", details.introduction())
                .param("phone", details.phone())
                .param("postalAddress", details.postalAddress())
                .param("id", id)
                .update();
    }

    /** A readable address part made from a name, for example "northshire-learning-disability-partnership". */
    public static String slugFor(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "organisation" : slug;
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from organisation)").query(Boolean.class).single();
    }
}
