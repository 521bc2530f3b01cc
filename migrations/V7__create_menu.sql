-- Each edition's navigation menu: nested (parent_id), ordered among siblings (position), each entry
-- pointing at a category, an item (a page or any other kind), a URL, or nothing (a heading).
-- Deleting an entry deletes its sub-entries. A category a menu uses cannot be deleted (the service
-- says which entry holds it); an item has no delete, but if one ever goes its entries go with it.
CREATE TABLE menu_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    language    CHAR(2)       NOT NULL,
    parent_id   BIGINT        NULL,
    position    INT           NOT NULL DEFAULT 0,
    label       VARCHAR(200)  NOT NULL,
    target      VARCHAR(16)   NOT NULL,
    category_id BIGINT        NULL,
    item_id     BIGINT        NULL,
    url         VARCHAR(1000) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    updated_by  VARCHAR(255)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_menu_entry_tree (language, parent_id, position),
    CONSTRAINT fk_menu_entry_parent FOREIGN KEY (parent_id) REFERENCES menu_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_menu_entry_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_menu_entry_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_menu_entry_target CHECK (
        (target = 'CATEGORY' AND category_id IS NOT NULL AND item_id IS NULL AND url IS NULL)
        OR (target IN ('PAGE', 'ITEM') AND item_id IS NOT NULL AND category_id IS NULL AND url IS NULL)
        OR (target = 'URL' AND url IS NOT NULL AND category_id IS NULL AND item_id IS NULL)
        OR (target = 'NONE' AND category_id IS NULL AND item_id IS NULL AND url IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
