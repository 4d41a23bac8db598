"""holdout147, part G: more text pages (wraps, markers, one line, junk) across the four themes; invented text throughout."""

CASES = [
    dict(
        slug="gov-text-lilac-county-flower-decision-wrapped",
        site="柴原县人民政府门户（文本） (invented)",
        style="政府门户",
        genre="决定",
        kind="notice",
        form="text",
        source="http://www.chaiyuan.example.gov.cn/zwgk/wj/2025/0108/991.html",
        title="柴原县人民政府关于确定丁香为县花的决定",
        record_title="柴原县人民政府关于确定丁香为县花的决定",
        date="2025-01-08",
        notes="a decision hard-wrapped at 66 columns; 文号 neutral; a 来源/浏览 line; 印发 line kept",
        wrap=66,
        indent="　　",
        page="""
!m 柴原县人民政府 > 政府文件
{T}
柴政发〔2025〕2号
!m 来源：县政府办公室　浏览：2037
{BODY}
!a 【关闭本页】【打印本页】
!m 主办单位：柴原县人民政府办公室
""",
        body="""
各乡镇人民政府，县政府各部门：
为弘扬城市文化，提升县域形象，经广泛征求意见并报县人民代表大会常务委员会审议同意，县人民政府决定确定丁香为柴原县县花。
各乡镇、各部门要在城乡绿化中积极推广栽植丁香，建设丁香特色街区和游园，营造知花、爱花、护花的良好氛围。
柴原县人民政府
2025年1月8日
柴原县人民政府办公室　2025年1月8日印发
""",
    ),
    dict(
        slug="wenku-tug-safety-speech-oneline",
        site="船舶文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wk.chuanbo.example.com/view/20b7ee91.html",
        title="在拖轮公司安全生产月启动仪式上的讲话",
        record_title=None,
        date="2025-06-03",
        notes="no record title; the whole body on one line; a date under the title; preview pay prompt",
        oneline=True,
        indent="    ",
        page="""
!m 船舶文库 - 船舶与港口资料共享
{T}
公司总经理　殷涛
（2025年6月3日）
{BODY}
!a 下载文档 | 收藏 | 分享
!d 该文档由作者上传，文库不对内容负责
""",
        body="""
同志们：
今天我们在这里启动公司第二十四个安全生产月活动。
今年安全生产月的主题是“人人讲安全、个个会应急”，各船队要围绕这个主题开展隐患排查、应急演练和安全知识竞赛。
希望大家把安全生产月作为一个新的起点，坚决防范各类事故发生。
""",
    ),
    dict(
        slug="forum-caishu-zucchini-powdery-mildew-junk",
        site="菜蔬论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.caishu-bbs.example.com/t-77802.html",
        title="西葫芦白粉病防治，我的三步法",
        record_title="西葫芦白粉病防治，我的三步法 - 菜蔬论坛",
        date="2025-11-02",
        notes="forum post with junk lines and glued junk, a 发表于 line (page date), a signature line and rating box",
        junk=dict(lines=1, glued=2),
        page="""
!m 菜蔬论坛 » 瓜类蔬菜
!t 西葫芦白粉病防治，我的三步法
!m 发表于 2025-11-2 08:16　楼主：棚里老马
{BODY}
!m 签名：种菜二十年，只说实在话
!l 评分　收藏　回复（19）
""",
        body="""
入冬以后棚里湿度大、光照弱，西葫芦白粉病又开始冒头了，说说我这几年的做法。
第一步，控湿度。晴天中午一定要放风，把棚内湿度降下来，浇水选晴天上午，别在阴天浇。
第二步，早发现。叶片上出现白色小粉斑就要动手，摘掉病叶带出棚外深埋。
第三步，轮换用药。发病初期用生物药剂，严重时选不同类型的药剂交替使用，避免产生抗药性。
""",
    ),
    dict(
        slug="wechat-text-edamame-recipe-mirror",
        site="乡味厨房（镜像） (invented)",
        style="公众号镜像",
        genre="文章",
        kind="other",
        form="text",
        source="https://mirror.wxread.example.com/a/xiangwei/0712",
        title="盐水毛豆怎么煮才绿？三个小窍门",
        record_title="盐水毛豆怎么煮才绿？三个小窍门",
        date="2025-07-12",
        notes="WeChat mirror text: account line with date, follow prompt, a 点击图片查看大图 caption between paragraphs, 在看/转发 row; a sentence about sharing kept",
        page="""
!m 乡味厨房　2025-07-12 17:30
!a 点击上方“乡味厨房”，设为星标，每天学一道家常菜
{T}
{BODY}
!l 阅读 9876　在看 213　转发
!d 原文版权归公众号“乡味厨房”所有
""",
        body="""
夏天来一盘盐水毛豆，配上冰凉的饮料，是很多人的心头好。可是为什么自己煮的毛豆总是发黄呢？
窍门一：剪掉两头。用剪刀把毛豆两端剪掉一点，既容易入味，也能缩短煮的时间。
窍门二：开盖煮。水开后下毛豆，全程不要盖锅盖，煮六到八分钟就够了。
⟦a 点击图片查看大图⟧
窍门三：过凉水。煮好后马上捞出放进凉水里，颜色就能保持翠绿。
学会了就分享给家里掌勺的人吧。
""",
    ),
    dict(
        slug="blog-yuanlin-lilac-pruning-notes-markers",
        site="园林小记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://yuanlinxiaoji.example.net/post/517",
        title="丁香花后修剪笔记",
        record_title="【随笔】丁香花后修剪笔记 - 园林小记",
        date="2025-05-30",
        notes="a blog whose text was pasted from a PDF: ⁜n⁜ page markers cut sentences (glued or not); bracketed post time (page date); tags",
        pages=dict(fmt="⁜{n}⁜", every=100, start=2, glue="mix"),
        page="""
!m 园林小记 —— 一个绿化工的日常
!t 【随笔】丁香花后修剪笔记
!m [2025-05-30 20:05]　阅读(204)
{BODY}
!l 分类：修剪养护　标签：丁香 修剪
!l 上一篇：月季的冬剪　|　下一篇：草坪打孔
""",
        body="""
丁香是在去年生枝条上形成花芽的，所以修剪一定要在花谢之后马上进行，拖到秋天再剪，就把明年的花芽剪掉了。
修剪时先剪去残花序，再疏掉过密枝、交叉枝和病弱枝，让树冠通风透光。
对多年生的老株，每年可以从基部疏除一两根老枝，促发新枝，逐步更新。
剪口要平滑，粗枝剪口涂上愈伤剂，防止病菌侵入。
""",
    ),
    dict(
        slug="qa-wenda-zucchini-female-flowers",
        site="农事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.nongshi.example.com/q/88120",
        title="大棚西葫芦只开花不坐瓜是什么原因？",
        record_title="大棚西葫芦只开花不坐瓜是什么原因？- 农事问答",
        date="2025-01-09",
        notes="Q&A: best answer with a 回答时间 line (page date); a paid expert-consult prompt; more answers",
        page="""
!m 农事问答
{T}
!m 提问者：蓠口村民　｜　悬赏 10 积分
!m 专家回答　农艺师 宋知秋　回答时间：2025-01-09
{BODY}
!w 付费咨询专家，1对1解答种植难题
!l 有帮助(66)　｜　还有 4 个回答
""",
        body="""
冬季大棚西葫芦不坐瓜，主要有三个原因：
一是温度低、光照弱，雌花发育不良，花粉活力差。
二是棚内没有昆虫授粉，雌花得不到授粉。
三是植株徒长，营养生长过旺，养分供应不到瓜上。
建议每天上午九点到十一点进行人工授粉，或用坐瓜灵蘸花；同时控制浇水和氮肥，白天温度保持在二十二到二十六度。
""",
    ),
    dict(
        slug="fanwen-text-edamame-coop-pledge-glued-title",
        site="锦文范文网 (invented)",
        style="范文站",
        genre="承诺书",
        kind="other",
        form="text",
        source="https://www.jinwenfw.example.com/chengnuo/2025/5502.html",
        title="毛豆专业合作社农产品质量安全承诺书",
        record_title="毛豆专业合作社农产品质量安全承诺书（通用版）",
        date=None,
        notes="a 范文 site: the title repeated twice, a writing-service line, copy/download buttons; template placeholders ____年__月__日 kept; no date",
        page="""
!m 锦文范文网 - 范文大全
!m 首页 > 承诺书 > 质量承诺书
!t 毛豆专业合作社农产品质量安全承诺书（通用版）
!t 毛豆专业合作社农产品质量安全承诺书
{BODY}
!w 没找到合适的？资深写手一对一代写，加微信 jinwen_9527
!a 复制本文　下载文档
""",
        body="""
为保障消费者食用安全，本合作社郑重承诺：
一、严格执行农药安全间隔期，不使用国家禁用农药。
二、建立生产记录，如实记载农业投入品使用情况。
三、上市销售的毛豆附带承诺达标合格证。
如有违反，愿承担相应法律责任。
承诺单位（盖章）：__________
负责人签字：__________
____年__月__日
""",
    ),
    dict(
        slug="docshare-tug-crew-rota-table-text",
        site="共享文库站 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.gxwkz.example.com/d/40188.html",
        title="“港拖5”轮春节期间值班安排表",
        record_title="“港拖5”轮春节期间值班安排表.pdf",
        date="2025-01-20",
        notes="file-name title; a duty table one row a paragraph; a sentence to 打印 and post it kept; the document's own 值班电话 kept beside the site's customer-service QQ",
        page="""
!m 共享文库站 / 港口航运
!t “港拖5”轮春节期间值班安排表.pdf
!m 上传时间：2025-01-22　页数：1
{BODY}
!w 客服QQ：2877 1045（工作日在线）
!d 资料来自网友上传，仅供参考
""",
        body="""
日期　值班船长　值班轮机员　值班水手
1月28日　邹平　唐亮　孔德旺
1月29日　梁晓东　唐亮　汪洋
1月30日　邹平　严俊　汪洋
值班期间值班电话：0574-8661 7705，手机保持二十四小时畅通。
请各船打印本表张贴于驾驶台。
船队调度室
2025年1月20日
""",
    ),
]
