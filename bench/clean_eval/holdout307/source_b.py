"""Blind part holdout307, file B: blogs, WeChat mirrors, document-sharing sites, education portals
and enterprise intranets. Every page, place, person, site, URL and number here is invented; see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-yanxia-memoir-mothers-knitting-needles-calendar",
        site="檐下拾光 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxiashiguang-demo.net/2025/01/mother-needles/",
        title="母亲的四根毛线针",
        record_title="母亲的四根毛线针 | 檐下拾光",
        date=None,
        notes="blog with a calendar widget, an archive, a category list and a comment form; the essay ends with a 写于 line "
        "(a season, no date); the post shows only a relative edit time",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>母亲的四根毛线针 | 檐下拾光</title>
<link rel="stylesheet" href="/wp-content/themes/eave/style.css">
<script src="/wp-includes/js/comment-reply.min.js"></script>
</head><body class="single">
<header><p class="site-title">⟦m 檐下拾光⟧</p><p class="site-description">⟦m 一个中年人的旧物与旧事⟧</p>
<nav>⟦m 首页⟧　⟦m 旧物⟧　⟦m 家人⟧　⟦m 读书⟧　⟦m 关于檐下⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：家人　·　最后修改：3 天前　·　阅读 612⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-footer">⟦l 标签：母亲　毛线针　冬天⟧</div>
<nav class="post-nav">⟦l ← 前一篇：父亲的蓝布工装⟧　⟦l 后一篇：老屋的樟木箱 →⟧</nav>
<section id="comments"><h3>⟦l 留下你的脚印⟧</h3><p>⟦l 称呼（必填）　邮箱（不会公开）⟧</p><button>⟦a 提交留言⟧</button></section>
</article></main>
<aside>
<div class="widget"><h4>⟦l 日历⟧</h4><table><tr><td>⟦l 2025年1月　一 二 三 四 五 六 日⟧</td></tr></table></div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年1月 (3)⟧</p><p>⟦l 2024年12月 (5)⟧</p></div>
</aside>
<footer>⟦m © 2025 檐下拾光　由 WordPress 驱动　主题 Eave⟧</footer>
</body></html>
""",
        body="""
母亲有四根毛线针，竹子削的，比筷子细，针头被手磨得油亮。
小时候的冬天，母亲白天下地，晚上就在煤油灯下织毛衣。她织得快，四根针在手里转，毛线团在脚边的竹篮里一跳一跳。我趴在桌边写作业，耳朵里全是针尖碰在一起的“嗒嗒”声。
我身上穿的第一件毛衣，是母亲拆了她出嫁时的红毛衣改织的。袖口长出一截，她说明年还能穿。
后来商店里的毛衣越来越便宜，母亲织得少了，那四根毛线针就用红布包着，放在五斗柜的抽屉里。
去年冬天整理老屋，我又找到了那个红布包。针还是那四根，只是有一根尖上裂了一道细缝。我把它带回城里，插在书桌的笔筒里。
写于二〇二四年冬
""",
    ),
    dict(
        slug="blog-laotan-woodwork-washing-stick-wrapped-56",
        site="老檀的木工房 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laotan-mugong-demo.cn/post/2025/03/zaomu-cuoyibang.html",
        title="给外婆做一根枣木搓衣棒",
        record_title="给外婆做一根枣木搓衣棒 - 木作手记 - 老檀的木工房",
        date="2025-03-09",
        notes="blog post hard-wrapped at 56 columns; the bracketed post time under the title is the page's date; "
        "comments and a comment form after the text",
        page="""
!m 老檀的木工房
!m 刨花落处，都是日子
!m 首页 | 木作手记 | 工具 | 留言板
{T}
!m [2025-03-09 20:41]　分类：木作手记　浏览(388)
{BODY}
!l 标签：枣木 搓衣棒 手工
!l «上一篇 修好一只旧樟木箱　|　下一篇» 磨刨刀的一点体会
!l 网友评论（2）
!l 木屑飞：外婆肯定高兴坏了
!l 阿杉：求槽距尺寸！
!a 我要评论　昵称：　内容：　提交
!m Copyright 2025 老檀的木工房
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
外婆今年八十三了，还是不肯用洗衣机洗贴身衣服，说机器洗不干净领口。她那根用了二十多年的搓衣棒上个月裂了，我决定给她做一根新的。
料选的是老家院子里锯下的枣木，放了三年，很干。先按外婆的手量长度，定为一尺二寸，手柄一端留粗一点，好握。
最费工夫的是开槽。搓衣棒前半截要开横槽，槽太深容易挂线，太浅又搓不出泥。我在废料上试了五次，最后定成槽距六毫米、深三毫米。
开完槽用砂纸从120目磨到400目，再擦两遍核桃油。外婆拿到手，在盆边比划了两下，说：“这个顺手。”当天下午，她就用它搓了两件衬衣的领子。
""",
    ),
    dict(
        slug="wechat-mirror-property-quilt-clips-star-prompt-h1",
        site="微文归档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="提示",
        kind="notice",
        form="html",
        source="https://gzhcdg-demo.com/a/xunwan-wuye/20250402-1.html",
        title="晾晒季到了，这三种晒被夹请赶紧换掉",
        record_title=None,
        date="2025-04-02",
        notes="WeChat mirror: no title in the record, the h1 holds it; 原创 tag and account line (its date the page's date); "
        "a star prompt glued before the salutation; 阅读原文/在看 rows, a collection tag and the mirror's archive note",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>微文归档馆</title>
<meta name="description" content="存档馆收录公众号文章，方便检索">
<script src="/assets/mirror.js"></script></head><body>
<div class="mirror-bar">⟦m 微文归档馆 · 文章备份⟧　<a href="/">⟦a 回存档馆首页⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 桪湾物业服务中心⟧</span> <em>⟦m 2025-04-02 17:45⟧</em> <span>⟦m 榠城⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="album">⟦l #小区安全提示 14个⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦a 分享　收藏　点赞 37　在看 12⟧</div>
<div class="qr">⟦a 长按识别二维码，关注桪湾物业服务中心⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的存档副本，仅供检索，文章版权属于原公众号。⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方蓝字“桪湾物业服务中心”，设为星标不迷路⟧各位业主：
天气转暖，不少业主开始在阳台晾晒被褥。近一个月，物业在巡查中发现三起晒被夹从高处掉落的情况，其中一只砸在了3号楼楼下的电动车上。
以下三种晒被夹，建议大家尽快更换：
1.夹口已经发白、一捏就有裂纹的老塑料夹；
2.弹簧生锈、夹不紧的夹子；
3.夹口太窄、夹不住厚被子的小衣夹。
晾晒被褥时，请用防风型晒被夹，每床被子至少夹四个，风力五级以上请及时收回。
业主可携带旧夹子到物业服务中心免费换取两只新晒被夹，每户限领一次，领完为止。
""",
    ),
    dict(
        slug="wechat-archive-consumer-council-puff-table",
        site="文脉归档站 (invented)",
        style="公众号镜像",
        genre="消费提示",
        kind="notice",
        form="text",
        source="https://wz-cundang-demo.net/sanchuan-xiaowei/2025/03/14/puff.html",
        title="粉扑多久洗一次？我们抽检了20款，结果有点意外",
        record_title="粉扑多久洗一次？我们抽检了20款，结果有点意外 · 毵川消费维权（文章归档页）",
        date="2025-03-14",
        notes="WeChat article archived as text: the account line's date is the page's date; a data table; a council complaint "
        "line in the body; a listen/font row and 阅读原文/在看 chrome; a 'previous posts' line",
        page="""
!m 文脉归档站 > 毵川消费维权 > 2025年3月
{T}
!m 原创　毵川消费维权　2025-03-14 18:30　发表于毵川
!a 收听本文　　字号 A－ A＋
{BODY}
!a 阅读原文　　转给朋友　　推荐　　在看
!l 往期推荐：预付卡消费“五不要” | 美容美发办卡须知
!d 此页为公众号文章的存档副本，著作权归原作者。
""",
        body="""
3月上旬，县消费者权益保护委员会从线上线下购买了20款粉扑样品，委托检测机构进行了微生物和外观检测。
检测发现，未使用的新粉扑全部合格；但志愿者使用两周未清洗的粉扑，菌落总数普遍超过新品的百倍。
样品类型　数量　使用两周后菌落超标数
海绵粉扑　8款　6款
气垫粉扑　7款　7款
植绒粉扑　5款　3款
消保委提醒：粉扑最好每周清洗一次，气垫粉扑两到三天清洗一次；清洗后要放在通风处晾干，不要装进密封盒；出现发硬、掉渣、异味的，应立即更换。
如遇粉扑质量问题，可拨打县消保委投诉电话0738-5126315。
""",
    ),
    dict(
        slug="docshare-gongxiang-pledge-quilt-beating-rating-lock",
        site="翻页共享 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.fanye-share-demo.com/view/a3f09c71.html",
        title="关于文明晾晒、错峰拍打被褥的倡议书",
        record_title="关于文明晾晒、错峰拍打被褥的倡议书（可编辑）- 翻页共享",
        date="2025-03-20",
        notes="sharing reader: star rating, upload notice before the text, a points lock after it; a sentence asking readers to "
        "分享 the pledge is content; upload date is no date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于文明晾晒、错峰拍打被褥的倡议书（可编辑）- 翻页共享</title></head>
<body><header><a class="brand">⟦m 翻页共享⟧</a> <a>⟦a 上传文档赚积分⟧</a> <a>⟦a 登入翻页／新用户注册⟧</a></header>
<main><div class="doc">
<h1>{T}</h1>
<div class="stat">⟦m ★★★★☆ 4.6　|　1.8万阅读　|　326人已下载⟧</div>
<div class="uploader">⟦m 贡献者：青杉社区小杨　上传于 2025-03-27⟧</div>
<p class="tip">⟦d 温馨说明：本文由贡献者上传并分享，翻页共享仅提供文档展示，若涉及侵权可点此举报。⟧</p>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 下载此文档需 8 积分，签到可领积分⟧　<button>⟦a 立即下载⟧</button></div>
<div class="rel"><h4>⟦l 同类倡议书⟧</h4><p>⟦l 文明养犬倡议书（社区版）⟧</p><p>⟦l 垃圾分类从我做起倡议书⟧</p></div>
</div></main>
<footer>⟦m 翻页共享 fanye-share-demo.com　客服邮箱 help@fanye-share-demo.com⟧</footer>
</body></html>
""",
        body="""
亲爱的居民朋友们：
春暖花开，又到了晾晒被褥的季节。晒被子、拍被子本是居家小事，但在楼房密集的小区里，清晨拍打被褥的声响和扬起的灰尘，也常常成为邻里之间的烦心事。为此，我们向全体居民倡议：
一、错峰拍打。请在上午9点至11点、下午2点至5点之间拍打被褥，避开早晚休息时间。
二、向内拍打。尽量在阳台内侧拍打，拍被子时轻拍慢拍，减少灰尘外飘。
三、选用软拍。建议使用藤编或硅胶拍被子，少用木板、衣架等硬物拍打。
四、互相体谅。邻里之间多沟通、多包容，有意见可找楼栋长协调。
请大家把这份倡议分享到楼栋群，让更多邻居知道。
氄阳县氄城街道青杉社区居民委员会
2025年3月20日
""",
    ),
    dict(
        slug="docshare-shuyuan-letter-knitting-needles-wps",
        site="共享书苑 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://gxsy-demo.cn/d/20251013/778104.html",
        title="关于商请捐赠毛线及毛线针支持“暖冬围巾”公益活动的函",
        record_title="关于商请捐赠毛线及毛线针支持“暖冬围巾”公益活动的函.wps",
        date="2025-10-09",
        notes="file-name record title (.wps); 成文日期 in Chinese numerals; upload notice and a service WeChat line next to the letter's own 联系人/电话; "
        "upload date is no date",
        page="""
!m 共享书苑｜文档分享交流平台
!t 关于商请捐赠毛线及毛线针支持“暖冬围巾”公益活动的函.wps
!m 分享者：繇山小祁　　格式：WPS　　2页　　上传：2025-10-13
!d 本文档系网友分享，共享书苑并不拥有版权，仅供阅读交流。
{BODY}
!a 下载需10书币（新用户注册即送20书币）
!w 找不到想要的文档？加书苑客服微信 gxsy_zhaowen 帮您代找
!l 相关推荐：公益活动募捐倡议书.docx　志愿者招募通知.wps
""",
        indent="\u3000\u3000",
        body="""
繇山县纺织商会：
为帮助我县山区小学学生温暖过冬，县妇联联合县老年大学发起“暖冬围巾”公益编织活动，计划组织城乡志愿者在11月底前编织围巾1500条，送到繇山县8所山区小学。
目前，参与编织的志愿者已达320人，但毛线和毛线针缺口较大。贵会会员企业多为纺织企业，特商请贵会帮助协调捐赠以下物资：
一、中粗羊毛线或腈纶线约900斤；
二、4.0至5.0毫米竹制毛线针400副。
捐赠物资请于10月31日前送至县妇联一楼会议室，我们将出具捐赠证明并在活动结束后通报使用情况。
联系人：祁海棠，电话：0739-6082217。
繇山县妇女联合会
二〇二五年十月九日
""",
    ),
    dict(
        slug="edu-fenxi-bureau-notice-boarding-quilts-attachment-link",
        site="棼溪县教育体育局网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.fenxi-demo.gov.cn/gztz/2025/0919/2207.html",
        title="关于做好寄宿制学校学生被褥晾晒拍打工作的通知",
        record_title="关于做好寄宿制学校学生被褥晾晒拍打工作的通知-教体通知-棼溪县教育体育局",
        date="2025-09-18",
        date_also=["2025-09-19"],
        notes="education bureau: 读屏/大字 links, an attachment download link next to the body's own 附件 line, the bureau's "
        "联系人/电话/邮箱 in the body next to the site's technical line; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好寄宿制学校学生被褥晾晒拍打工作的通知-教体通知-棼溪县教育体育局</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="top">⟦m 棼溪县教育体育局⟧　<a>⟦a 读屏辅助⟧</a>　<a>⟦a 大字模式⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 工作通知⟧ ⟦m 招生考试⟧ ⟦m 政务公开⟧</div>
<div class="where">⟦m 您所在的位置：首页 → 工作通知⟧</div>
<div class="con">
<h2>{T}</h2>
<p class="info">⟦m 发布日期：2025-09-19　发布科室：安全股　点击：731⟧</p>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 附件下载：寄宿制学校被褥晾晒登记表.xlsx（18KB）⟧</div>
<div class="pn">⟦l 上一篇：棼溪县2025年秋季学期开学安全检查情况⟧<br>⟦l 下一篇：关于开展校园食堂“明厨亮灶”复查的通知⟧</div>
</div>
<div class="foot">⟦m 棼溪县教育体育局版权所有　技术维护：0739-4270088⟧<br>⟦m 湘ICP备10037712号-1⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各寄宿制学校：
入秋以来，我县部分寄宿制学校学生皮肤瘙痒、过敏性鼻炎增多，经卫生部门检查，与宿舍被褥长期不晾晒、不拍打有关。为保障学生身体健康，现就有关事项通知如下：
一、各校要安排每周至少一次被褥集中晾晒，晴天上午10点至下午3点进行。
二、晾晒后由生活老师组织学生用拍被子轻拍除尘，每床拍打不少于5分钟，拍打时学生须佩戴口罩。
三、各校要为每间宿舍配备拍被子一把，所需费用从学校公用经费中列支。
四、请各校于10月10日前将落实情况报县教体局安全股。联系人：殷若水，电话：0739-4271136，邮箱：anquangu@fenxi-edu-demo.cn。
附件：寄宿制学校被褥晾晒登记表
棼溪县教育体育局
2025年9月18日
""",
    ),
    dict(
        slug="edu-rongyang-kindergarten-notice-one-puff-each",
        site="氄阳教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.rongyang-edu-demo.cn/yey/ey2/2025/0520/1136.html",
        title="关于“六一”文艺汇演化妆用品实行“一人一扑”的通知",
        record_title="关于“六一”文艺汇演化妆用品实行“一人一扑”的通知-园所通知-氄阳教育网",
        date="2025-05-19",
        notes="a kindergarten's notice on the county education site: numbered list, the nurse's phone in the body; "
        "a follow-the-account line glued after the last sentence",
        page="""
!m 氄阳教育网 · 氄阳县第二实验幼儿园
!m 首页 / 园所通知 / 正文
{T}
!m 发稿：园办　审稿：园长室　阅读：418
{BODY}
!l 下一篇：2025年秋季新生报名须知
!a 〖收藏本文〗〖打印〗〖返回列表〗
!m 氄阳教育网　地址：氄阳县文昌路9号　邮编：421700
""",
        body="""
各班教师、各位家长：
“六一”文艺汇演将于5月30日上午举行。往年演出化妆时，多名幼儿共用一块粉扑，容易交叉感染。经园务会研究，今年化妆用品实行“一人一扑”，现将有关事项通知如下：
1.每名参演幼儿由家长准备全新粉扑一块，装入写有姓名的自封袋，于5月28日前交班主任；
2.化妆前保健医生统一检查幼儿面部，有皮疹、破损的不上妆；
3.演出结束后粉扑由家长带回，不得在班级间借用。
如有疑问，请联系保健室汪老师，电话：0739-8653320。⟦a 关注“氄阳二幼”服务号，园所通知早知道⟧
氄阳县第二实验幼儿园
2025年5月19日
""",
    ),
    dict(
        slug="oa-huifeng-minutes-quilt-clip-springs-flow-record",
        site="汇峰日用OA协同平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.huifeng-demo.local/doc/view.do?id=20250710-0041",
        title="注塑二车间晒被夹弹簧断裂质量问题分析会纪要",
        record_title="〔质量会纪要〕注塑二车间晒被夹弹簧断裂质量问题分析会纪要｜汇峰协同办公",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="OA document view: 时间/地点/主持/参会/记录 lines in the body (the 时间 line gives the date; the 发文 date differs), "
        "the 流转记录 and read count, a mark-as-read button, a watermark line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔质量会纪要〕注塑二车间晒被夹弹簧断裂质量问题分析会纪要｜汇峰协同办公</title>
<script src="/oa/js/docview.js"></script></head><body>
<div class="oa-top">⟦m 汇峰日用品有限公司　协同办公平台⟧　⟦m 当前用户：芦晓（质量部）⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事宜⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 通讯录⟧</div>
<div class="doc-title"><h2>{T}</h2>
<p>⟦m 发文部门：质量部　发文日期：2025-07-10　密级：内部⟧</p></div>
<div class="doc-text">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 质量部 芦晓 拟稿 07-09 16:20⟧</p><p>⟦l 副总经理 冉启东 签发 07-10 08:55⟧</p><p>⟦l 已分发：生产部、采购部、注塑二车间⟧</p></div>
<div class="read">⟦m 已阅 27 人　未阅 4 人⟧　<button>⟦a 我已阅知⟧</button></div>
<div class="wm">⟦d 内部资料　严禁外传　水印：芦晓 0712⟧</div>
</body></html>
""",
        body="""
时间：2025年7月8日下午2:30
地点：公司三楼质量会议室
主持：副总经理　冉启东
参会：质量部、生产部、采购部、注塑二车间负责人
记录：质量部　芦晓
6月下旬起，客户连续反馈我公司“云朵”系列晒被夹弹簧断裂，退货共计2140只。会议听取了质量部的分析汇报，经讨论，形成如下意见：
一、断裂原因主要是6月批次弹簧钢丝线径偏细，由0.9毫米降为0.8毫米，且未做回火处理。
二、采购部即日起暂停该弹簧供应商供货，7月15日前完成新供应商送样。
三、注塑二车间对库存成品逐箱抽检，每箱抽20只做500次开合试验，不合格整箱返工。
四、质量部修订《晒被夹进货检验规程》，增加弹簧线径和开合寿命两项检验。
""",
    ),
    dict(
        slug="intranet-lushui-bamboo-circular-washing-stick-spotcheck",
        site="纑水竹木内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2025/0403-07.html",
        title="关于三月份搓衣棒成品抽检情况的通报",
        date="2025-04-03",
        notes="record title as is; intranet notice with a data table (one row a paragraph, cells apart by ideographic spaces); "
        "the publisher/read line and an attachment-download line are chrome",
        page="""
!m 纑水县竹木日用品有限公司　内部信息门户
!m 公司首页 » 通知通报 » 质量通报
{T}
!m 发布人：质检科　阅读：86次　仅限内部浏览
{BODY}
!a 【附件下载】三月抽检原始记录.xlsx
!a ☑ 标为已读　　⤴ 转发到部门群
!d 本门户信息属公司内部资料，未经批准不得外传。
""",
        body="""
各车间、各部门：
3月份，质检科对木制品车间生产的搓衣棒成品进行了两次抽检，共抽检6个批次、360根，合格324根，合格率90%，低于公司95%的质量目标。具体情况如下：
批次　抽检数　不合格数　主要问题
2503-01　60　2　槽口毛刺
2503-02　60　11　棒身开裂
2503-03　60　9　含水率超标
2503-04至06　180　14　槽口毛刺、尺寸偏差
经查，开裂和含水率超标主要是木料烘干时间不足造成的。现要求：烘干车间严格执行72小时烘干工艺，入库前逐批测含水率；木制品车间对槽口打磨增加一道工序。
4月份质检科将加大抽检频次，抽检结果与车间绩效挂钩。
纑水县竹木日用品有限公司质检科
2025年4月3日
""",
    ),
]
