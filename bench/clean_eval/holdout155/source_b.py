"""holdout155, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-modaoshi-whetstone-wrapped-notes",
        site="砺石斋博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://lishizhai.blog.zhuyang-net.com/archives/2024/11/whetstone-coop.html",
        title="我们的磨刀石合作社这一年：一个老石匠的几点体会",
        record_title="我们的磨刀石合作社这一年：一个老石匠的几点体会 | 砺石斋",
        date="2024-12-20",
        notes="a craftsman's blog hard-wrapped at 62 columns; bracketed post time is the date; tags and archive at the bottom",
        page="""
!m 砺石斋 —— 采石、开片、磨平，一块石头的修行
!m 首页　|　随笔　|　石料图谱　|　留言板　|　关于我
{T}
!m [2024-12-20 21:34]　分类：合作社记事　　阅读(412)　评论(9)
{BODY}
!l 标签：磨刀石　合作社　手艺　杞水
!l « 上一篇：天然青石和人造油石到底差在哪 | 下一篇：冬天开片要注意什么 »
!l 文章归档：2024年12月(3)　2024年11月(5)　2024年10月(2)
!d 本博客文字未经许可请勿转载，谢谢理解。
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
今年是杞水县青石磨刀石专业合作社成立的第三年。年底算账，合作社全年卖出磨刀石两万一千多块，比去年多了四成，入社的二十六户石匠户均增收一万三千元。趁着冬闲，把这一年的几点体会记下来。
第一，手艺要守住，标准要立起来。过去各家开片厚薄不一，粗细砂面全凭感觉。今年合作社请县质监部门帮忙，定了粒度、平整度、含砂量三项内部标准，每块石头出厂前都要过检，退货率从百分之八降到了百分之二。
第二，矿山要管好。青石矿是村集体的，开采要守规矩。合作社和村里签了协议，按年度核定开采量，废渣统一回填复绿，不乱挖、不乱堆。
第三，年轻人要留得住。今年有五个在外打工的小伙子回来学手艺，合作社给他们开基本工资，老师傅手把手带。手艺有人接，我这个老石匠心里才踏实。
明年，合作社打算在镇上开一间展示体验室，让游客自己动手磨一把刀，也算给石头多找一条出路。
""",
    ),
    dict(
        slug="blog-tiantou-threshing-team-html-archive",
        site="田头笔记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://tiantou-biji.net/2024/10/threshing-team-summary/",
        title="桄源镇石门村脱粒服务队2024年秋收服务小结",
        record_title=None,
        date="2024-10-30",
        date_also=["2024-11-02"],
        notes="a village secretary's blog: sidebar archive and tag cloud; no record title; 成文日期 vs 发表于 post date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>石门村脱粒服务队秋收小结 – 田头笔记</title>
<script src="/wp-includes/js/wp-emoji.min.js"></script></head><body class="single">
<header><p class="site-title">⟦m 田头笔记⟧</p><p class="desc">⟦m 一个村支书的田间记录⟧</p>
<nav>⟦m 首页⟧ ⟦m 村务⟧ ⟦m 农事⟧ ⟦m 随笔⟧</nav></header>
<main><article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年11月2日 ⋅ 作者：石门老吴 ⋅ 5条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 分类：村务　标签：秋收、农机、服务队⟧</footer>
</article>
<nav class="post-nav">⟦l ← 村里的晒谷场又热闹起来了⟧ ⟦l 入冬前的水渠清淤 →⟧</nav>
<section class="comments"><h3>⟦l 5 条评论⟧</h3><p>⟦l 发表评论 · 您的电子邮箱地址不会被公开⟧</p></section></main>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年十一月⟧</li><li>⟦l 2024年十月⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 村务 农机 秋收 党建 水利 养猪⟧</p></aside>
<footer class="site-footer">⟦m © 2024 田头笔记 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
今年秋收期间，村脱粒服务队从9月25日出工到10月28日收工，共为本村和邻近两个村的农户脱粒稻谷1460亩、玉米380亩，比去年增加了三成。现将情况小结如下。
一、服务情况
服务队现有成员9人，其中党员4人，配备中型脱粒机3台、小型脱粒机5台、运粮三轮车2辆。服务坚持“先困难户、后一般户”，优先为独居老人、脱贫户和外出务工家庭脱粒，共服务这类农户67户，收费减半。
二、收费和收支
稻谷脱粒每亩收费40元，玉米脱粒每亩收费30元，全年收入6.98万元，扣除燃油、维修和人员误工补贴，结余1.26万元，全部纳入村集体经济收入，账目已在村务公开栏公示。
三、存在问题
一是部分机器使用年限长，故障率高，秋收高峰期曾停工两天；二是山坳里的零散田块机器进不去，还要靠人工。
四、明年打算
准备向镇里申请农机购置补贴，更新两台脱粒机，并与邻村服务队联合调度，尽量让每户的粮食都能及时脱粒、及时晾晒。
石门村脱粒服务队
2024年10月30日
""",
    ),
    dict(
        slug="wechat-mirror-acappella-pledge-follow",
        site="公号阅读镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.readmirror.cn/s/7kQz2m-acappella-ca0f",
        title="“人声里的家乡”阿卡贝拉合唱团招新倡议",
        record_title="“人声里的家乡”阿卡贝拉合唱团招新倡议（文末有报名方式）",
        date="2024-03-02",
        notes="a WeChat mirror: account line, 阅读原文/在看/赞 bar, follow prompt; the pledge's own sentence about 扫码 and 关注 kept; 成文日期 in Chinese numerals",
        page="""
!m 镜像来源：微信公众号「菰阳青年声音」
{T}
!m 菰阳青年声音　2024-03-05 18:20　发表于菰阳
!a 点击上方蓝字关注我们，不错过每一场演出
{BODY}
!a 阅读原文　　分享　　♡ 在看 58　　👍 赞 126
!l 往期回顾：冬日音乐会全纪录｜什么是阿卡贝拉？三分钟带你入门
!a 长按识别下方二维码，关注“菰阳青年声音”
!d 本页面为公众号文章的自动镜像，内容以原公众号为准。
""",
        date_also=["2024-03-05"],
        body="""
亲爱的菰阳青年朋友们：
不需要乐器，只用人的声音，就能唱出一支完整的乐队。这就是阿卡贝拉，一种无伴奏的合唱形式。2022年，菰阳县青年阿卡贝拉合唱团在县团委和县文化馆的支持下成立，两年来，我们走进社区、学校和乡村舞台，演出三十余场。
今年，合唱团计划排演一组用菰阳方言演唱的原创作品，唱出我们记忆里的家乡。为此，我们向全县青年发出倡议：
一、喜欢唱歌就来吧。不论你是学生、上班族还是返乡青年，只要年满16周岁、热爱音乐，都欢迎加入，零基础也可以。
二、把家乡的声音带来吧。老街的吆喝、外婆的童谣、田间的号子，都可以成为我们作品的素材，欢迎大家提供线索。
三、一起坚持下去吧。合唱团每周六下午在县文化馆排练，希望每一位加入的朋友都能坚持参加。
报名方式：扫描海报上的二维码填写报名表，或关注本公众号后回复“报名”。联系人：蒋悦，电话：15857024316。
菰阳县青年阿卡贝拉合唱团
二〇二四年三月二日
""",
    ),
    dict(
        slug="wechat-mirror-goalball-news-html-buttons",
        site="微文快照 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weiwenkz.com/a/20240521/goalball-team.html",
        title="眼睛看不见，耳朵听得见：记薤城县盲人门球队的一次集训",
        record_title="眼睛看不见，耳朵听得见：记薤城县盲人门球队的一次集训",
        date="2024-05-21",
        notes="HTML WeChat mirror; account line with date; icons glued after the last paragraph; no 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>眼睛看不见，耳朵听得见：记薤城县盲人门球队的一次集训</title>
<script>window.__INITIAL_STATE__={};</script></head><body>
<div class="mirror-bar">⟦m 微文快照 · 好文章，存一份⟧ <a>⟦a 返回列表⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　薤城残联　2024年5月21日 17:45　江苏⟧</div>
<section id="js_content">
{BODY}
</section>
<div class="tool">⟦a 阅读 2,316　　👍 赞　　分享　　在看⟧</div>
<div class="qr">⟦a 扫码关注“薤城残联”，了解更多助残政策⟧</div>
</div>
<div class="mirror-foot">⟦d 本站仅作内容存档之用，如有侵权请联系删除⟧ ⟦m weiwenkz.com⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
5月中旬，薤城县全民健身中心的一块场地被拉上了特殊的标志线——线下埋着细绳，运动员用手一摸就知道自己的位置。县盲人门球队的8名队员在这里进行为期两周的集训，备战下半年的省残疾人门球锦标赛。
门球比赛中，所有队员都要戴上眼罩，靠听球里铃铛的声音判断来球方向，再用身体扑挡。“刚开始总被球砸到，现在听声音就能大概知道球往哪边滚。”队员小孟说，他两年前因病失明，是门球让他重新走出了家门。
教练组介绍，这次集训重点练习防守站位和快速出球，每天训练四小时。县残联为队员们购置了专用眼罩、护具和比赛用球，并为外乡镇队员提供食宿。
县残联相关负责人表示，将继续推动残疾人体育进社区，今年计划在3个街道建设残疾人健身示范点。⟦a 点赞　收藏　转发⟧
""",
    ),
    dict(
        slug="docshare-yunjuan-rules-dried-shrimp-markers",
        site="云卷文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yunjuandoc.com/d/5f2a91c7b3.html",
        title="蒲岙虾皮加工专业合作社质量管理制度",
        record_title="蒲岙虾皮加工专业合作社质量管理制度（可编辑）",
        date=None,
        notes="document-sharing page; decorated record title; '【屏N】' markers cut sentences on lines of their own; rules mention 打印/扫码 as content; no date",
        page="""
!m 云卷文档 · 文档在线分享
!m 全部分类 > 农业农村 > 合作社管理
!t 蒲岙虾皮加工专业合作社质量管理制度（可编辑）
!m 格式：doc　页数：3　下载：96次　上传时间：2024-08-13
!a [在线预览]　[下载文档]　[举报]
{BODY}
!a 还剩1页未读，继续阅读 ▾
!w 需要定制合作社章程、制度汇编，请咨询在线客服（工作日9:00-18:00）
!d 该文档为用户分享，版权归原作者所有。云卷文档仅提供存储服务，不对内容负责。
!l 相关推荐：农民专业合作社财务管理制度｜水产品加工厂卫生管理制度
""",
        pages=dict(fmt="【屏{n}】", every=200, start=2),
        body="""
第一章　总则
第一条　为保证本社虾皮产品质量安全，维护“蒲岙”品牌信誉，根据《农民专业合作社法》《食品安全法》及本社章程，制定本制度。
第二条　本制度适用于本社原料收购、蒸煮、晾晒、分拣、包装、贮存和销售全过程。
第二章　原料和加工
第三条　收购的鲜毛虾须为当日捕捞，运抵加工场时间不超过4小时，变质、混杂的原料一律拒收。
第四条　蒸煮用盐统一由合作社采购，不得使用工业盐，加盐量按技术员核定的比例执行。
第五条　晾晒场地须铺设专用晒网，离地不低于50厘米，雨天及时收回入库。
第三章　检验和追溯
第六条　每批产品出厂前由质检员抽样检测水分和盐分，检测记录打印后由质检员签字存档。
第七条　每袋产品须粘贴追溯标签，消费者扫码可查看捕捞日期、加工批次和质检结果。
第四章　附则
第八条　本制度由合作社理事会负责解释，自社员大会通过之日起施行。
""",
    ),
    dict(
        slug="docshare-wenjia-report-fish-meal-oneline",
        site="文家共享 (invented)",
        style="文档分享",
        genre="报告",
        kind="report",
        form="text",
        source="http://share.wenjia365.cn/doc/20241105/337781.html",
        title="关于鱼粉加工厂异味扰民问题整改情况的报告",
        record_title="关于鱼粉加工厂异味扰民问题整改情况的报告.pdf",
        date="2024-11-05",
        notes="the whole body on one line (paragraphs apart only by their indent); file-name title; 成文日期 at the end; crawl stamp not a date",
        page="""
!m 文家共享 | 文档共享，知识共享
!t 关于鱼粉加工厂异味扰民问题整改情况的报告.pdf
!m 文档大小：186KB　　分享者：hx_huanbao　　收录：2024-11-19
!a 免费下载　　复制链接　　转存到我的文档
{BODY}
!a 以上为文档文字版预览，排版可能与原文不一致，下载PDF查看原版。
!d 郑重声明：本站文档均由用户分享，仅供学习交流，请勿用于商业用途。
!m 抓取时间：2024-11-20 03:12:44
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
县生态环境局：
今年9月，我镇收到群众反映，海湾村鱼粉加工厂生产时散发异味，影响周边居民生活。镇党委、政府高度重视，会同县生态环境局芰湾分局开展调查，督促企业整改。现将整改情况报告如下。
一、问题原因。经现场检查，该厂蒸煮、烘干工序废气收集不完全，除臭设施喷淋塔填料老化，原料堆放区未封闭，是产生异味的主要原因。
二、整改措施。企业已完成原料库全封闭改造，新增负压收集管道120米，更换喷淋塔填料并加装一套生物除臭装置，投入资金86万元；同时调整生产时间，夜间22时至次日6时停产。
三、整改效果。10月24日，县环境监测站对厂界臭气浓度进行监测，结果达标。镇里组织周边居民代表回访，居民普遍反映异味明显减轻。
下一步，我镇将把该厂列为重点巡查对象，每月巡查不少于两次，防止问题反弹。
特此报告。
芰湾县海湾镇人民政府
2024年11月5日
""",
    ),
    dict(
        slug="edu-zhuyang-notice-essay-contest-html",
        site="槠阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhuyang.gov.cn/jydt/tzgg/2024-02-26/3318.html",
        title="关于举办槠阳县第六届中小学生“书香家乡”征文比赛的通知",
        record_title="关于举办槠阳县第六届中小学生“书香家乡”征文比赛的通知",
        date="2024-02-26",
        notes="education bureau portal; a timetable table; numbered lists; submission mailbox and contact kept beside the site's tech line; 附件",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>槠阳县教育局-通知公告</title>
<script src="/js/swiper.min.js"></script></head><body>
<div class="top">⟦m 槠阳教育⟧ ⟦m 立德树人 · 办人民满意的教育⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 招生考试⟧ ⟦m 教师发展⟧ ⟦m 资源下载⟧</div>
<div class="path">⟦m 位置：首页 >> 通知公告⟧</div>
<div class="content"><h3>{T}</h3>
<div class="info">⟦m 作者：基教股　发布时间：2024-02-26 10:22　点击数：1147⟧</div>
{BODY}
<div class="btns">⟦a 〖打印〗⟧ ⟦a 〖返回顶部〗⟧</div>
</div>
<div class="links">⟦l 友情链接：省教育厅 | 市教育局 | 县人民政府⟧</div>
<div class="bottom">⟦m 槠阳县教育局　地址：槠阳县文昌路6号　网站技术支持电话：0735-6628890⟧</div>
</body></html>
""",
        body="""
各中小学校：
为深化全民阅读活动，引导学生热爱家乡、勤于写作，县教育局决定举办第六届中小学生“书香家乡”征文比赛。现将有关事项通知如下。
一、参赛对象
全县小学三年级至高中二年级在校学生。
二、征文要求
1.围绕“书香家乡”主题，写读书故事、家乡变化或身边人物，题目自拟。
2.小学组不少于600字，初中组不少于800字，高中组不少于1000字，体裁不限（诗歌除外）。
3.作品须为原创，严禁抄袭，一经发现取消评奖资格。
三、时间安排
阶段　时间　内容
校级初评　3月1日—4月10日　各校组织评选推荐
县级复评　4月15日—4月30日　县教研室组织评审
结果公示　5月上旬　县教育局网站公示
四、报送方式
各校推荐作品的电子文档及汇总表于4月10日前发送至邮箱zyjyzw@126.com，纸质稿报送县教研室。联系人：彭立群，电话：0735-6621025。
附件：“书香家乡”征文比赛推荐作品汇总表
槠阳县教育局
2024年2月26日
""",
    ),
    dict(
        slug="edu-manchuan-plan-boccia-school-sports",
        site="蔓川教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.mcjy.net.cn/tiyu/202409/41206.html",
        title="蔓川县2024年秋季学期硬地滚球进校园活动方案",
        record_title=None,
        date="2024-09-03",
        notes="no record title; decimal headings 2.1/2.2; a copy-lock line between paragraphs; date only in the document",
        page="""
!m 蔓川教育信息网
!m 网站首页 → 体卫艺 → 学校体育
!t 蔓川县2024年秋季学期硬地滚球进校园活动方案
!m 文章来源：县体卫艺站　录入：admin　更新时间：近日
!a 【大字体】【小字体】【复制链接】
{BODY}
!l 相关文章：县中小学生阳光体育运动会竞赛规程｜特殊教育学校体育课程指导意见
!m 蔓川县教育局主办　蔓川县教育信息中心承办
""",
        body="""
为丰富学校体育项目，让不同身体条件的学生都能享受运动乐趣，根据县教育局和县残联关于推进融合体育的工作部署，决定在秋季学期开展硬地滚球进校园活动，特制定本方案。
1 活动目标
在全县10所中小学开设硬地滚球兴趣课，培训体育教师30名，年底前举办一次全县融合体育展示赛。
2 主要内容
2.1 师资培训。9月下旬邀请省残疾人体育训练中心教练来县授课，内容包括规则讲解、投球技术和裁判方法。
2.2 场地器材。各试点学校利用风雨操场或多功能厅划设比赛场地，县里统一配发比赛用球和计分牌。
⟦a 本页内容已开启复制保护，如需转载请联系站长⟧
2.3 课程安排。每周开设一节兴趣课，鼓励残疾学生与普通学生同场练习、混合组队。
3 保障措施
各试点学校要明确一名分管校长和一名体育教师负责，活动开展情况于每月底报县体卫艺站。
蔓川县教育局体卫艺站
2024年9月3日
""",
    ),
    dict(
        slug="oa-qufeng-minutes-crankshaft-html-trail",
        site="曲锋机械协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.qufeng-mach.local/doc/view?id=MTG-2024-0412",
        title="曲轴事业部二季度质量分析会会议纪要",
        record_title="【会议纪要】曲轴事业部二季度质量分析会会议纪要",
        date="2024-07-09",
        date_also=["2024-07-11"],
        notes="intranet document view with 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines; a defect table; 成文 vs release time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>文档查看 - 曲锋机械协同办公平台</title>
<script src="/oa/js/app.bundle.js"></script></head><body>
<div class="oa-top">⟦m 曲锋机械协同办公平台⟧ ⟦m 当前用户：质量部 · 张婉清⟧ ⟦a 退出⟧</div>
<div class="oa-left">⟦m 待办(4)⟧ ⟦m 已办⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧</div>
<div class="oa-doc"><h2>{T}</h2>
<table class="head"><tr><td>⟦m 拟稿部门：曲轴事业部综合办⟧</td><td>⟦m 发布时间：2024-07-11 16:05⟧</td><td>⟦m 阅读次数：63⟧</td></tr></table>
<div class="doc-body">
{BODY}
</div>
<div class="trail"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-07-10 09:12　拟稿：何俊⟧</p><p>⟦m 2024-07-10 15:40　审核：综合办主任 丁一鸣⟧</p><p>⟦m 2024-07-11 16:03　签发：事业部总经理 曲庆⟧</p></div>
<div class="ops">⟦a 打印　下载正文　转发　收藏⟧</div></div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧ ⟦m 信息中心技术支持 分机8016⟧</div>
</body></html>
""",
        body="""
时间：2024年7月9日14:30
地点：曲轴事业部三楼会议室
主持：曲轴事业部副总经理 孙立强
参会：质量部、技术部、生产部、采购部负责人，各车间主任、质量工程师
记录：何俊
会议通报了二季度曲轴产品质量情况，分析了主要质量问题，明确了三季度改进措施。纪要如下：
一、二季度质量情况
二季度共交付曲轴4.2万件，一次交检合格率97.6%，比一季度提高0.8个百分点；客户端投诉3起，均已闭环。主要缺陷如下：
缺陷类型　件数　占比
轴颈磨削烧伤　386　38.2%
圆角淬火裂纹　241　23.9%
油孔毛刺　198　19.6%
其他　185　18.3%
二、会议议定事项
（一）技术部牵头，7月底前完成磨削参数优化验证，砂轮修整频次由每20件调整为每15件。
（二）生产部对淬火感应器实行寿命管理，达到使用次数强制更换，每班首件必须做磁粉探伤。
（三）采购部督促毛坯供应商落实锻件余量控制，8月起实行来料每批抽检。
（四）质量部每周通报缺陷趋势，三季度一次交检合格率目标为98.2%。
""",
    ),
    dict(
        slug="oa-tanli-spring-factory-notice-text",
        site="弹力精密内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intranet.tanli-spring.com/notice/2024/0807-02",
        title="关于高温时段调整生产作息时间的通知",
        record_title="关于高温时段调整生产作息时间的通知",
        record_date="2024-08-07",
        date="2024-08-07",
        notes="intranet text export; record date; a schedule table; 抄送 line kept; the notice's own 联系电话 beside the portal's IT line",
        page="""
!m 弹力精密内网 > 公告通知 > 行政人事
!m 发布人：行政人事部　　发布日期：2024-08-07　　已读 312 / 未读 45
{T}
{BODY}
!a [标记为已读]　[打印]　[导出PDF]
!l 附：往期通知　2024年端午节放假安排｜关于开展消防安全月活动的通知
!m 内网问题请拨 IT 服务台 分机 2200
""",
        body="""
各部门、各车间：
近期持续高温，为保障员工身体健康和安全生产，经公司研究，自8月8日起至8月31日，对生产车间作息时间作如下调整：
班次　原作息时间　调整后作息时间
早班　8:00—16:30　6:30—15:00
中班　16:30—1:00　15:00—23:30
行政部门作息时间不变。卷簧、热处理车间午间11:30至14:30暂停热处理炉装炉作业，改为设备点检和保养。
各车间要做好防暑降温物资发放，每班安排专人巡查，发现员工中暑症状立即送医。食堂每日供应绿豆汤。
如有疑问，请联系行政人事部，联系电话：0571-86321905。
抄送：总经理室、工会
弹力精密弹簧（椴河）有限公司行政人事部
2024年8月7日
""",
    ),
]
