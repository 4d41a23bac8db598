"""holdout303, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Every page, site, place, person, phone and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="blog-zhouwangshu-memoir-fathers-cufflinks",
        site="周望舒的自留地 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://zhouwangshu.blog-yard.cn/2023/12/father-cufflinks/",
        title="父亲的那对袖扣",
        record_title="父亲的那对袖扣 | 荦川旧事 — 周望舒的自留地",
        date=None,
        notes="a WordPress-like blog: calendar widget, tag cloud, archive list, comment form, an 'updated 2 weeks ago' stamp "
        "(no date); the memoir ends with a 写于 line giving only a season; a reward prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>父亲的那对袖扣 | 荦川旧事 — 周望舒的自留地</title>
<link rel="stylesheet" href="/wp-content/themes/inkwell/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 周望舒的自留地⟧</p><p class="site-description">⟦m 写点旧事，种点闲花⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 荦川旧事⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于我⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：荦川旧事　｜　最后更新：2 周前　｜　阅读 918⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：父亲 袖扣 旧物⟧</footer>
<nav class="post-nav"><p>⟦l ← 上一篇 外公的算盘⟧</p><p>⟦l 下一篇 荦川的雪 →⟧</p></nav>
<section id="comments"><h3>⟦l 4 条评论⟧</h3>
<p>⟦l 南窗：读得眼眶发热，我爸也有一对，一直舍不得戴。⟧</p>
<p>⟦a 发表评论　昵称（必填）　邮箱（不公开）　提交⟧</p></section>
</article></main>
<aside class="widget-area">
<section><h2>⟦l 日历⟧</h2><p>⟦l 一 二 三 四 五 六 日⟧</p></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2023年十二月 (3)⟧</li><li>⟦l 2023年十一月 (5)⟧</li></ul></section>
<section><h2>⟦l 标签云⟧</h2><p>⟦l 旧物 父亲 荦川 读书 花草 节气⟧</p></section>
</aside>
<footer class="site-footer">⟦d 本站文字均为原创，转载请先打个招呼⟧　⟦m Proudly powered by WordPress⟧</footer>
</body></html>
""",
        body="""
父亲年轻时在荦川县百货公司当采购员，一辈子只有一件像样的白衬衫，配着一对铜袖扣。
那对袖扣是方形的，正面嵌着一小块墨绿色的石头，背面的活动杆磨得发亮。父亲说，那是他第一次去省城进货时，在一家老字号买的，花了他小半个月工资。
他只在重要的日子才戴：我上大学那天，姐姐出嫁那天，还有他退休那天。每次戴之前，他都要用旧手帕把袖扣擦上好一会儿。⟦a 喜欢这篇文字，可以请我喝杯茶⟧
父亲走后，母亲把袖扣交给了我。我试着戴过一次，袖口空荡荡的，怎么也戴不出他的样子。
如今它们躺在我书桌的抽屉里，和父亲的老花镜放在一起。每次拉开抽屉，我都觉得父亲还在。
二〇二三年冬，写于荦川
""",
    ),
    dict(
        slug="blog-xiaoye-heat-pack-tips-wrapped-56",
        site="小叶治疗师的博客 (invented)",
        style="博客",
        genre="科普",
        kind="other",
        form="text",
        source="http://xiaoye-kangfu.blogbus-like.cn/post/20250112-rebo",
        title="热敷袋怎么用才不伤皮肤",
        record_title="【康复随手记】热敷袋怎么用才不伤皮肤 — 小叶治疗师的博客",
        date="2025-01-12",
        notes="a blog post hard-wrapped at 56 columns with paragraph indents; the 发表于 byline is the date; numbered tips; a "
        "follow prompt between paragraphs; comments and an archive below",
        page="""
!m 小叶治疗师的博客
!m 一个康复治疗师的碎碎念
!t 【康复随手记】热敷袋怎么用才不伤皮肤 — 小叶治疗师的博客
!m 发表于 2025-01-12 20:15　分类：康复随手记　阅读(1402)　评论(9)
{BODY}
!l 上一篇：肩周炎患者的五个居家动作
!l 下一篇：久坐族的腰，热敷还是冷敷？
!l 最新评论：阿鹿：原来热敷袋外面还要包毛巾，学到了
!l 博客归档：2025年1月(4)　2024年12月(6)
!m Copyright © 小叶治疗师的博客
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
冬天门诊里常有患者问我热敷袋怎么用，今天统一说一说。
热敷能促进局部血液循环，缓解肌肉酸痛和关节僵硬，但用不好也会烫伤。下面几条请记牢。
1.温度以手腕内侧试过不烫为宜，外面一定要包一层干毛巾。
2.每次热敷15到20分钟，中间要看一看皮肤，发红明显就停下来。
⟦a 关注小叶，每周更新一篇康复干货⟧
3.急性扭伤48小时内不要热敷，应先冷敷。
4.糖尿病、下肢感觉减退的老人，以及局部有伤口、红肿发热的部位，不要自己热敷。
5.睡觉时不要抱着热敷袋，电热式的用完要拔掉电源。
如果热敷以后疼痛反而加重，请及时到医院就诊。
""",
    ),
    dict(
        slug="wechat-gonghaoshiyi-pledge-water-saving-basin-h1",
        site="公号拾遗 (invented WeChat mirror) of 孚阳水务",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaoshiyi.com/a/fuyang-sw/20250322-0105.html",
        title="节约用水，从一盆洗脚水做起——致全区居民的节水倡议书",
        record_title=None,
        date="2025-03-20",
        date_also=["2025-03-22"],
        notes="a WeChat mirror: no title in the record, the <h1> gives it; an account line with the posting date (the "
        "倡议书's signature date differs and is expected); a follow prompt on a line of its own above, 阅读原文/在看 rows and "
        "the mirror's archive note below; sentences that speak of 分享 and 关注 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公号拾遗 - 孚阳水务</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head><body>
<div class="mirror-top">⟦m 公号拾遗 · 好文章不该被删掉⟧ <a href="/">⟦m 返回首页⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 孚阳水务　2025年03月22日 08:00⟧</div>
<p class="tip">⟦a 戳上方蓝字“孚阳水务”，设为星标不迷路⟧</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧　⟦a 赞　在看　转发⟧</div>
<div class="qr">⟦a 长按识别二维码，关注孚阳水务⟧</div>
</div>
<div class="mirror-bottom">⟦d 本页内容抓取自微信公众平台，仅作存档，著作权归原公众号所有⟧<br>⟦l 该号其他文章：区自来水公司三月计划停水安排⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;">{}</p></section>',
        body="""
广大居民朋友们：
3月22日是“世界水日”。我区人均水资源量偏少，节约用水是每个家庭都能做的事。为此，区节约用水办公室向大家发出倡议：
一、一水多用。洗完脚，把洗脚盆里的水倒进桶里留着冲厕所，一盆洗脚水就能冲一次马桶。
二、用盆不用流水。洗脸、洗脚、洗菜时用盆接水，不开着水龙头冲洗。
三、及时检修。发现家中水龙头、马桶漏水，及时维修更换。
四、请把这份倡议分享给家人和邻居，也欢迎关注“孚阳水务”公众号，晒出你家的节水妙招。
节约用水，从身边的小事做起。
孚阳区节约用水办公室
2025年3月20日
""",
    ),
    dict(
        slug="wechat-mingxi-hospital-warmer-fuel-child-follow-glued",
        site="暝溪县人民医院公众号 (text backup, invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://wx-backup.mingxi-hosp.cn/s/2024122001",
        title="孩子误喝了怀炉燃料，千万别催吐",
        record_title="孩子误喝了怀炉燃料，千万别催吐 ｜ 暝溪县人民医院 · 图文备份",
        date="2024-12-20",
        notes="a hospital account's text backup: a follow prompt glued before the first words, the account line's date is the "
        "date, the emergency department's own phone in the body beside the hospital's booking line below; 在看/分享 rows",
        page="""
!t 孩子误喝了怀炉燃料，千万别催吐 ｜ 暝溪县人民医院 · 图文备份
!m 暝溪县人民医院　2024-12-20 17:05
!m 原创　急诊科　宋知遥
{BODY}
!a 觉得有用，点个“在看”再走
!a 分享　收藏　在看
!m 暝溪县人民医院预约挂号：0891-7230000（转1）
!d 文中图片来自网络，如有侵权请联系删除
""",
        body="""
⟦a 点蓝字 关注暝溪县人民医院⟧前天晚上，一名3岁男孩被家人抱进我院急诊科。原来，孩子把茶几上的怀炉燃料当成饮料喝了一口，随后不停地咳嗽。
白金怀炉用的燃料多是轻质石油类液体。孩子误服后，最危险的不是胃，而是呛进肺里引起化学性肺炎。经过及时处理，孩子已经脱离危险。
急诊科医生提醒：怀炉燃料要放在孩子够不着的地方，不要用饮料瓶分装；一旦误服，千万不要催吐，立即带上燃料瓶到医院就诊。
如有疑问，可拨打急诊科电话：0891-7230120。
""",
    ),
    dict(
        slug="docshare-qiwen-contract-template-tie-clips",
        site="栖文共享 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.qiwen-share.com/view/5520917.html",
        title="领带夹定制采购合同",
        record_title="领带夹定制采购合同（范本）〖条款可增删〗- 栖文共享",
        date=None,
        notes="a sharing site's reader: an upload notice, a points lock, a service WeChat, ratings; a contract template with 第N条 "
        "articles, ×××× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>领带夹定制采购合同（范本）〖条款可增删〗- 栖文共享</title>
<script src="/js/viewer.js"></script></head><body>
<div class="head"><a>⟦m 栖文共享⟧</a> <span>⟦m 存一份好文，等一个需要的人⟧</span> <a>⟦a 进门 / 入会⟧</a></div>
<div class="path">⟦m 首页 / 合同协议 / 采购合同⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 分享者：砚台边的猫　页数：2　评分 4.6（31人）⟧</div>
<div class="notice">⟦d 本文档由分享者自行上传，栖文共享不保证其适用性，签约前请咨询专业人士⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 下载这份原稿需消耗 12 积分⟧ <button>⟦a 用积分下载⟧</button></div>
<div class="kefu">⟦w 找不到想要的合同？栖文客服微信 qiwen_kf07⟧</div>
<div class="rel"><p>⟦l 相关文档：工作服定制采购合同⟧</p><p>⟦l 相关文档：员工工牌制作协议⟧</p></div>
<div class="foot">⟦m 栖文共享 qiwen-share.com　沪ICP备21044630号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××××饰品厂
第一条　产品名称、规格和数量：领带夹，材质＿＿＿＿，长度＿＿毫米，数量＿＿枚，单价＿＿元，总价＿＿元。
第二条　质量要求：镀层均匀，无划痕、毛刺，夹片弹力与双方确认的样品一致。
第三条　图案定制：甲方提供标志图案，乙方打样经甲方书面确认后方可批量生产。
第四条　交货：乙方于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第五条　验收和付款：甲方收货后五个工作日内验收，验收合格后十五日内付清货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按总价的千分之三支付违约金。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-shuyan-bank-tie-clip-notice-wps-markers",
        site="书衍文档网 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shuyandoc.com/d/2025/0214/660318.html",
        title="关于规范营业网点员工领带夹和工牌佩戴的通知",
        record_title="关于规范营业网点员工领带夹和工牌佩戴的通知.wps",
        date="2025-02-10",
        notes="a sharing site's text preview with a .wps file name as the record title; page markers ︗n︘ cut sentences, some "
        "on lines of their own and some glued to the continuation; the 成文日期 under the signature; a download box",
        page="""
!m 书衍文档网
!t 关于规范营业网点员工领带夹和工牌佩戴的通知.wps
!m 大小：58K　｜　上传：江边拾贝　｜　已有 209 人下载
!d 本文件为网友上传，仅用于交流学习，请勿用于商业用途
{BODY}
!a 下载源文件（WPS格式）　｜　加入资料夹
!l 该用户还上传了：网点服务礼仪规范（2025版）.wps
""",
        indent="\u3000\u3000",
        pages=dict(fmt="︗{n}︘", every=75, start=2, glue="mix"),
        body="""
各营业网点：
近期，上级行在服务检查中发现，部分网点员工着装不够规范，领带夹佩戴位置不一、工牌遮挡或未佩戴的情况时有发生。为进一步提升服务形象，现就有关要求通知如下：
一、男员工统一佩戴支行配发的银色领带夹，夹在衬衫第三粒与第四粒纽扣之间，不得佩戴其他款式。
二、工牌统一佩戴在左胸上方，正面朝外，不得用外套遮挡。
三、配发的领带夹由各网点负责人登记造册，遗失的向支行综合部申请补领。
四、支行将不定期开展着装抽查，抽查结果纳入网点服务质量考核。
飒川农商银行城关支行
2025年2月10日
""",
    ),
    dict(
        slug="edu-jichuan-notice-winter-heating-items-attachment",
        site="戢川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jichuan.gov.cn/tzgg/202412/t20241204_6021.html",
        title="关于做好冬季校园取暖用品安全管理的通知",
        record_title="关于做好冬季校园取暖用品安全管理的通知_通知公告_戢川教育",
        date="2024-12-02",
        date_also=["2024-12-04"],
        notes="an education bureau's page with 关怀版 and 读屏 links, an attachment download link beside the notice's own 附件 line, "
        "the notice's contact with a mailbox beside the site's technical-support line; the portal's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好冬季校园取暖用品安全管理的通知_通知公告_戢川教育</title></head><body>
<div class="top">⟦m 戢川教育⟧ <span>⟦m 戢川县教育局主办⟧</span> <a>⟦a 关怀版⟧</a> <a>⟦a 读屏⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 教育新闻⟧</a> <a>⟦m 通知公告⟧</a> <a>⟦m 招生考试⟧</a> <a>⟦m 校园安全⟧</a></div>
<div class="loc">⟦m 位置：首页 » 通知公告⟧</div>
<h2 class="title">{T}</h2>
<div class="attr">⟦m 发布于：2024-12-04　作者：安全股　点击量：1066⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach"><a href="/u/2024/paichabiao.xlsx">⟦a 📎 冬季取暖用品安全排查表.xlsx（点击下载）⟧</a></div>
<div class="pages"><p>⟦l 上一条：关于开展2024年冬季学生体质健康抽测的通知⟧</p><p>⟦l 下一条：戢川县中小学寒假放假时间安排⟧</p></div>
<div class="footer">⟦m 戢川县教育局　地址：戢川县文昌路16号⟧<br>⟦m 网站技术支持：0898-3370990（工作日）⟧<br>⟦m 琼ICP备16002281号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
入冬以来，部分学生携带充电式怀炉、暖手宝进入教室和宿舍，存在充电起火和低温烫伤的隐患。为保障师生安全，现将有关事项通知如下。
一、开展一次排查。各校要在12月10日前对教室、宿舍使用的取暖用品进行排查，填写排查表。
二、规范使用管理。学生不得在教室、宿舍为怀炉等取暖用品充电；确需使用的，由班主任提醒家长选用有合格标识的产品。
三、加强安全教育。各校要利用班会课讲解低温烫伤的预防和处置，并通过家长群提醒家长。
排查表请于12月12日前报县教育局安全股。联系人：隋雨蒙，电话：0898-3371052，邮箱：jcjy_anquan@jichuan-edu.cn。
附件：冬季取暖用品安全排查表
戢川县教育局
2024年12月2日
""",
    ),
    dict(
        slug="edu-leishui-kindergarten-basin-hygiene-plan-decimal",
        site="嫘水县教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lsjyxx.cn/yey/2024/1119/2210.html",
        title="嫘水县实验幼儿园寄宿班幼儿洗脚盆卫生管理方案",
        date="2024-11-18",
        notes="the record gives the title; a kindergarten's hygiene plan with decimal headings 1.1–3.2; a read-on-phone line "
        "between sections; the 成文日期 under the signature is expected, the page date a day later also accepted",
        page="""
!m 嫘水县教育信息网
!m 您当前的位置：首页 → 学前教育 → 园所动态
{T}
!m 作者：实验幼儿园　时间：2024-11-19　阅读：388
!a 【大字阅读】【打印】【关闭窗口】
{BODY}
!l 上一篇：实验幼儿园开展消防疏散演练
!l 下一篇：嫘水县幼儿园保育员技能比赛结果公示
!m 嫘水县教育局主办　电话：0892-5561010
""",
        date_also=["2024-11-19"],
        body="""
为做好寄宿班幼儿生活卫生管理，预防手足癣等传染病，结合我园实际，制定本方案。
1 一人一盆
1.1 每名寄宿幼儿配备专用洗脚盆和毛巾各一件，贴好姓名标签，不得混用。
1.2 洗脚盆按班级统一存放在盥洗室专用架上，盆口朝下。
2 清洗消毒
2.1 每晚洗脚后，保育员用清水冲净洗脚盆，倒置晾干。
2.2 每周五用含氯消毒液浸泡三十分钟，冲净后在阳光下晾晒。
⟦a 手机扫一扫，把本文带走⟧
3 检查记录
3.1 保健医每周检查一次，发现破损的及时更换。
3.2 消毒情况填入《生活用品消毒登记表》，保存一学期。
嫘水县实验幼儿园
2024年11月18日
""",
    ),
    dict(
        slug="oa-hongyi-minutes-cufflink-plating",
        site="鸿仪协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.hongyi-fs.local/doc/view?id=20250307-0042",
        title="袖扣电镀质量分析会会议纪要",
        record_title="【纪要·请传阅】袖扣电镀质量分析会会议纪要 - 鸿仪协同办公",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="an OA document view: its 流转记录, a read count, an 'I have read it' button, an IT desk line; the minutes' "
        "时间/地点/主持/参会/记录 lines stay in the body and the 时间 line is the date (the posting date differs)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【纪要·请传阅】袖扣电镀质量分析会会议纪要 - 鸿仪协同办公</title></head><body>
<div class="oa-top">⟦m 鸿仪协同办公⟧ ⟦m 当前用户：伍佳音（质检科）⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu"><a>⟦m 待办⟧</a> <a>⟦m 公文⟧</a> <a>⟦m 纪要⟧</a> <a>⟦m 通讯录⟧</a></div>
<div class="doc-title"><h2>{T}</h2></div>
<table class="doc-attr"><tr><td>⟦m 拟稿部门：总经理办公室⟧</td><td>⟦m 发布：2025-03-07 09:12⟧</td><td>⟦m 已阅 37 人⟧</td></tr></table>
<div class="doc-body">
{BODY}
</div>
<div class="btns"><button>⟦a 我已阅知⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 存为PDF文件⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 03-07 09:12 总经理办公室 发起传阅⟧</p><p>⟦m 03-07 10:03 生产部 周牧 已阅⟧</p><p>⟦m 03-07 10:41 电镀车间 包立行 已阅⟧</p></div>
<div class="oa-foot">⟦m 系统故障请拨信息中心分机 8100⟧</div>
</body></html>
""",
        body="""
时间：2025年3月6日14:30
地点：三号楼二楼会议室
主持：副总经理 史嘉诚
参会：生产部、质检科、电镀车间、采购部负责人
记录：伍佳音
会议听取了质检科关于二月份袖扣电镀返工情况的通报，分析了镀层起泡、发黑的原因，议定事项如下：
一、电镀车间从3月10日起每班测定一次镀液浓度，记录存档。
二、采购部更换铜坯供应商前须送样检验，合格后方可批量采购。
三、质检科将镀层厚度抽检比例由百分之二提高到百分之五。
四、以上事项由生产部牵头督办，3月底前报告落实情况。
""",
    ),
    dict(
        slug="oa-hongyi-rules-tie-clip-plating-docx",
        site="鸿仪服饰配件内网 (invented)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://intra.hongyi-fs.local/zhidu/shengchan/dd-guicheng-2025.docx",
        title="领带夹电镀车间安全操作规程",
        record_title="领带夹电镀车间安全操作规程.docx",
        date=None,
        notes="an intranet's text export of a .docx: rules with 第N条 articles that speak of 扫码 and 打印 as content, an "
        "effective clause without a date (none); the intranet's header, a download count and a helpdesk line",
        page="""
!m 鸿仪内网 · 制度文件库
!m 生产管理 / 安全制度
!t 领带夹电镀车间安全操作规程.docx
!m 归档人：生产部 周牧　　下载 46 次　　仅限内部使用
{BODY}
!a 在线预览　|　下载原件　|　申请修订
!d 内部资料，严禁外传
!m 内网使用问题请联系信息中心　分机 8100
""",
        body="""
第一条　为规范电镀车间作业，防止化学品伤害和触电事故，制定本规程。
第二条　进入车间须穿戴防护服、耐酸手套和护目镜，长发须盘入工作帽。
第三条　领取镀液、酸洗液须扫描储存柜上的二维码登记，写明用量和用途。
第四条　往挂具上装夹领带夹坯件时须断电操作，严禁湿手触碰整流器开关。
第五条　每班结束后，班长须打印当班的镀液使用台账，签字后交车间主任存档。
第六条　发生化学品溅洒，应立即用清水冲洗并报告班长，不得隐瞒。
第七条　本规程由生产部负责解释，自发布之日起施行。
""",
    ),
]
