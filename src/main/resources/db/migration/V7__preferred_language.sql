-- The interface language a user chose in the header's language switcher (en, id, vi, th, fil,
-- ms); empty until they choose, and the browser's Accept-Language decides. No CHECK on the codes:
-- adding a language is a new message bundle, not a schema change; the account checks the code.
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(8);
