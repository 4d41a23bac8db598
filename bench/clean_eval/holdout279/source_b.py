"""holdout279, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text (see ../README.md and ../build.py for the markup). Every case written by hand.
"""

CASES = [
    dict(
        slug="blog-zhuying-essay-bamboo-bed-summer-nights",
        site="竹影轩·老卢的博客 (invented, WordPress-like)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://zhuyingxuan.blog.cn/2025/07/bamboo-bed-summer/",
        title="夏夜里的竹床",
        record_title="〈老物件里的旧时光〉夏夜里的竹床 | 竹影轩",
        date=None,
        notes="a WordPress-like blog: a memoir with a year only, a calendar widget, an archive, a tag row, a comment form; "
        "'更新于 2 周前' is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>〈老物件里的旧时光〉夏夜里的竹床 | 竹影轩</title>
<link rel="stylesheet" href="/wp-content/themes/bamboo/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 竹影轩⟧</p><p class="site-description">⟦m 一个退休会计的闲笔⟧</p>
<nav>⟦m 首页⟧ ⟦m 旧物随笔⟧ ⟦m 读书札记⟧ ⟦m 关于老卢⟧</nav></header>
<main><article>
<h1 class="entry-title">⟦t 〈老物件里的旧时光〉夏夜里的竹床⟧</h1>
<div class="entry-meta">⟦m 老卢 · 更新于 2 周前 · 1,204 次阅读⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：竹床 / 童年 / 夏天⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 前一篇 外婆的蒲扇⟧ ⟦l 后一篇 那口老水缸 →⟧</nav>
<div id="comments"><h3>⟦l 7 条评论⟧</h3>
<p>⟦l 山那边：看得我想起我家那张竹床，也是爷爷打的⟧</p>
<form>⟦a 发表评论（邮箱不会被公开）⟧ <button>⟦a 提交评论⟧</button></form></div>
</main>
<aside class="widget-area">
<section>⟦m 2025年七月 日 一 二 三 四 五 六⟧</section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年七月 (3)⟧</li><li>⟦l 2025年六月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦d 竹影轩所有文字未经允许请勿转载⟧ ⟦m 主题：青竹 · 基于 WordPress 搭建⟧</footer>
</body></html>
""",
        body="""
小时候一到夏天，吃过晚饭，父亲就把那张竹床从屋里扛出来，摆在院子当中的枣树下。
那是一张老竹床，床面是一根根剖开的毛竹片，用竹钉穿起来，躺久了，竹片被磨得发红发亮。母亲先打一盆井水，用抹布把床面擦一遍，凉气一下子就上来了。
我和弟弟抢着躺上去，一人占一头，数天上的星星。竹床一动就“吱呀”一声，父亲说那是竹床在唱歌。奶奶坐在床边摇着蒲扇，给我们讲牛郎织女，讲着讲着，我们就睡着了，半夜才被抱回屋里。
一九九八年发大水，老屋被淹，那张竹床也泡坏了。后来家里买了席梦思，装了空调，再也没有人在院子里乘凉。可每到夏天，我还是会想起竹床上那一片凉快的星空。
""",
    ),
    dict(
        slug="blog-taotao-teacher-clay-bowls-wrapped",
        site="陶陶老师的手工课 (invented blog)",
        style="博客",
        genre="教学随笔",
        kind="other",
        form="text",
        source="http://taotaolaoshi.blogbus.cn/post/88120.html",
        title="和孩子们一起做陶碗",
        record_title="【手工课记】和孩子们一起做陶碗 - 陶陶老师的手工课",
        date="2025-05-20",
        notes="a teacher's blog as text, hard-wrapped at 58 columns; the bracketed post time is the page's date; "
        "a category line, prev/next links, comments and a blog-host footer",
        page="""
!m 陶陶老师的手工课
!m 用双手认识世界
!t 【手工课记】和孩子们一起做陶碗
!m [2025-05-20 19:32]　分类：课堂手记
{BODY}
!m 阅读(418)　评论(6)　推荐(12)
!l 上一篇：五月的纸浆画
!l 下一篇：给陶碗上釉的那一天
!l 小雨点妈妈：孩子回家一直在说做碗的事，谢谢老师！
!m 博客托管：随记博客网　联系：taotaolaoshi@163.com
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
这学期三年级的手工课，我们做了一个月的陶碗。从揉泥开始，到最后把碗带回家，孩子们的兴奋劲一直没有减过。
第一节课只揉泥。我告诉孩子们，泥里的气泡揉不干净，烧的时候碗会炸。小家伙们揉得满头大汗，有的还给自己的泥团起了名字。
第二、三节课用泥条盘筑。没有拉坯机，我们就把泥搓成长条，一圈一圈往上盘，再用手指把里外抹平。有个孩子盘歪了，急得要哭，同桌帮他一起修，最后修出了一只“斜口碗”，全班都说好看。
碗晾干后，我送到苞溪县古窑村的窑上统一烧制。拿回来那天，孩子们捧着自己的碗，小心得像捧着宝贝。
""",
    ),
    dict(
        slug="wechat-yuling-copper-basin-new-year-h1",
        site="燠岭文旅 (invented account) on 存微阁 (invented mirror)",
        style="公众号镜像",
        genre="文章",
        kind="other",
        form="html",
        source="https://www.cunweige.com/a/yulingwenlv/20251018_3.html",
        title="一只铜盆里的燠岭年味",
        record_title=None,
        date="2025-10-18",
        notes="no title in the record: the mirror's <h1>; the account line (account, date, place) is the page's date; "
        "a star prompt glued before the first words, a photo placeholder, 阅读原文/在看 rows, a collection tag and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>一只铜盆里的燠岭年味 - 存微阁</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/js/lazyload.js"></script></head>
<body>
<div class="mirror-bar">⟦m 存微阁 · 公众号好文备份⟧ <a>⟦a 搜账号⟧</a> <a>⟦a 投稿收录⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　燠岭文旅　2025年10月18日 08:06　江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tags">⟦l 收录于合集 #燠岭非遗 12个⟧</div>
<div class="bottom">⟦a 阅读原文⟧ ⟦m 阅读 3.6万⟧ ⟦a 在看 208⟧ ⟦a 赞 571⟧</div>
<div class="qr">⟦a 长按识别二维码，关注燠岭文旅⟧</div>
</div>
<div class="mirror-note">⟦d 本页内容由存微阁自动抓取备份，版权属于原公众号⟧</div>
<div class="mirror-foot">⟦m 蜀ICP备2024015502号-1⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字，把燠岭文旅设为星标⟧在燠岭的老辈人家，过年离不开一只铜盆。
腊月二十四扫尘，要用铜盆盛水擦门窗；大年三十晚上，一家人轮流用铜盆里的热水洗脸泡脚，叫作“洗去一年的晦气”；正月初一早上，新媳妇要端着铜盆给公婆打洗脸水。
⟦m [图片]⟧
蓖坪乡铜器老街的老人说，旧时候姑娘出嫁，陪嫁里少不了一对铜盆，盆底錾着“百年好合”，盆沿打着一圈回纹。铜盆越用越亮，日子也越过越红火。
如今家家都有了热水器，铜盆从灶台边退到了柜子里。但在燠岭，还是有不少人家会在过年时把它擦亮，摆在堂屋正中。今年春节，蓖坪乡铜器老街将举办“铜盆迎新”民俗活动，欢迎大家来老街看一看、摸一摸这份年味。
""",
    ),
    dict(
        slug="wechat-xiancheng-pledge-shoe-last-data",
        site="筅城鞋业商会 (invented account) on 号存录 (invented mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://haocunlu.net/p/xcxysh/2025082102.html",
        title="关于保护原创楦型、抵制抄版仿冒的倡议书",
        record_title="关于保护原创楦型、抵制抄版仿冒的倡议书丨筅城鞋业商会 · 微信文章备份",
        date="2025-08-20",
        date_also=["2025-08-21"],
        notes="a WeChat mirror as text: account line dated a day after the 成文日期 (in Chinese numerals), a follow prompt, 在看/分享 rows, "
        "a sentence asking members to share the pledge (content); the mirror's disclaimer",
        page="""
!m 号存录 — 好文章不怕删
!t 关于保护原创楦型、抵制抄版仿冒的倡议书丨筅城鞋业商会
!m 筅城鞋业商会　2025-08-21 17:40　福建
!a 关注我们，获取行业第一手资讯
{BODY}
!a 点个“在看”，让更多同行看到
!a 分享 · 收藏 · 在看 · 点赞
!m 阅读 4217
!d 号存录仅作存档之用，文章观点与本站无关，版权归原作者
""",
        indent="",
        body="""
各会员企业、全市鞋楦和制鞋从业者：
楦型是一双鞋的“骨架”，一款好楦往往要经过几十次修改、上百次试穿才能定型。近年来，个别企业拿到别人的新楦，扫描一下就翻版出售，严重损害了原创企业的积极性。为此，筅城鞋业商会向全市同行发出如下倡议：
一、尊重原创。不扫描、不翻制、不销售他人未授权的楦型，接单时主动核实楦型来源。
二、规范授权。原创楦型实行登记备案，授权使用须签订书面协议，明确使用范围和期限。
三、互相监督。发现抄版仿冒行为，可向商会秘书处反映，商会将协调处理，必要时支持企业依法维权。
请各会员企业将本倡议分享至企业工作群，组织员工认真学习。
筅城鞋业商会
二〇二五年八月二十日
""",
    ),
    dict(
        slug="docshare-doumi-contract-seesaw-template",
        site="豆米文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.doumiwendang.com/doc/74410928.html",
        title="儿童游乐设备（跷跷板）采购安装合同",
        record_title="儿童游乐设备（跷跷板）采购安装合同.docx",
        date=None,
        notes="a document-sharing page with a file-name title: an upload notice, a points lock, a service WeChat float; "
        "a contract template with ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日, 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>儿童游乐设备（跷跷板）采购安装合同.docx - 豆米文档</title>
<script src="//cdn.doumiwendang.com/js/preview.js"></script></head>
<body>
<div class="hd">⟦m 豆米文档⟧ <span>⟦m 一粒豆米，一份好文档⟧</span> <a>⟦a 上传赚豆米⟧</a> <a>⟦a 我的文档⟧</a></div>
<div class="info">
<h2>⟦t 儿童游乐设备（跷跷板）采购安装合同.docx⟧</h2>
<p>⟦m 分享者：学而时习　大小：31KB　页数：3　浏览 5520 次⟧</p>
<p>⟦d 此文档由用户自行上传分享，豆米文档仅提供存储与展示，如涉及侵权请联系删除⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="lock">⟦a 还剩1页未展示，花费5豆米解锁全部内容⟧ <button>⟦a 下载文档⟧</button></div>
<div class="kefu">⟦w 豆米客服微信：doumi_kf01（工作日在线）⟧</div>
<div class="rel">⟦l 你可能还需要：幼儿园玩具采购合同⟧ ⟦l 户外健身器材安装协议⟧</div>
<div class="ft">⟦m ©2025 豆米文档　沪ICP备2022041187号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：××游乐设备有限公司
第一条　甲方向乙方采购双人木质跷跷板＿＿台，单价＿＿元，合同总价＿＿元（含运输、安装费用）。
第二条　乙方所供跷跷板应符合国家儿童游乐设施相关标准，座位下方须安装缓冲装置，支点部位须有防夹手护罩。
第三条　乙方应于合同签订后＿＿日内完成安装，并向甲方提供产品合格证和使用说明书。
第四条　质量保证期为＿＿年，保证期内因质量问题造成损坏的，乙方负责免费维修或更换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-dieye-rules-bamboo-bed-oneline",
        site="叠页共享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.dieyegx.com/file/2025/318845.html",
        title="竹床加工车间安全操作规程",
        record_title="竹床加工车间安全操作规程.wps",
        date=None,
        notes="a sharing page with a file-name title: the whole rule on one line (articles 第N条 apart only by their indent); "
        "an upload stamp, a points prompt and an upload notice; no date",
        page="""
!m 叠页共享文档 — 资料共享平台
!t 竹床加工车间安全操作规程.wps
!m 上传时间：2025-06-30　文件格式：WPS　所需积分：3
!a 预览　｜　下载　｜　加入收藏夹
{BODY}
!a 以上为预览内容，下载后可查看完整排版
!d 本文档为网友共享，拾页仅提供信息存储空间，若侵犯您的权益请发邮件至 kefu@dieyegx.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
第一条　为保障竹床加工车间人员安全，防止机械伤害和火灾事故，制定本规程。
第二条　操作人员上岗前必须经过安全培训，熟悉锯竹机、打孔机、烤竹炉的操作方法，不得擅自操作不熟悉的设备。
第三条　开机前应检查设备防护罩是否完好，锯片、钻头有无裂纹；作业时须佩戴防护眼镜和手套，长发须盘入工作帽内。
第四条　烤竹作业时，炉边一米内不得堆放竹料和竹屑，作业结束后须确认炉火熄灭方可离开。
第五条　车间内严禁吸烟，竹屑每班清扫一次，灭火器每月检查一次。
第六条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="edu-tianyang-notice-kindergarten-seesaw",
        site="畋阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.tianyang.gov.cn/tzgg/2025/0305/3318.html",
        title="关于做好幼儿园户外跷跷板等大型玩具安全检查的通知",
        record_title="【园所安全】关于做好幼儿园户外跷跷板等大型玩具安全检查的通知-畋阳县教育体育局",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="an education bureau's page: elder-mode and screen-reader links, a publish line dated after the 成文日期, an attachment download link; "
        "the notice's own contact next to a technical-support line; a sentence telling schools to 下载 the attachment (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【园所安全】关于做好幼儿园户外跷跷板等大型玩具安全检查的通知-畋阳县教育体育局</title>
<script src="/js/aria-tools.js"></script></head>
<body>
<div class="top">⟦a 长辈版⟧ ⟦a 听读辅助⟧ ⟦m 畋阳县教育体育局⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 机构概况⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 招生考试⟧ ⟦m 校园安全⟧</div>
<div class="pos">⟦m 当前位置：首页 ＞＞ 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-03-05　发布科室：安全稳定股　点击：1126⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 附件下载：幼儿园大型玩具安全检查表.xlsx⟧</div>
<div class="fn">⟦a 【打印本文】⟧ ⟦a 【收藏】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="ft">
<p>⟦m 畋阳县教育体育局主办　地址：畋阳县文昌路9号⟧</p>
<p>⟦m 网站运维：畋阳县教育信息中心　技术电话：0719-5302211⟧</p>
<p>⟦m 鄂ICP备13006642号-2⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
开学以来，幼儿户外活动明显增多。为防止幼儿在使用跷跷板、滑梯、攀爬架等大型玩具时发生夹伤、跌落事故，现就做好安全检查工作通知如下。
一、全面自查。各园要在3月15日前对所有户外大型玩具逐件检查，重点查看跷跷板支点、座板、扶手和落地缓冲垫，发现松动、开裂、锈蚀的立即停用并挂牌警示。
二、落实看护。幼儿使用跷跷板时，须有教师在旁看护，同一块跷板两端幼儿体重不宜相差过大，不得站立或多人挤坐。
三、按时报送。请各园下载附件中的检查表，如实填写后加盖公章，于3月18日前报县教体局安全稳定股。
联系人：郑雅琴，联系电话：0719-5306127。
附件：幼儿园大型玩具安全检查表
畋阳县教育体育局
2025年3月3日
""",
    ),
    dict(
        slug="edu-baoxi-plan-clay-bowl-labour-course",
        site="苞溪教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.bxedu.net/xydt/2025/02/26/9105.html",
        title="苞溪县实验小学“一只陶碗”劳动教育课程实施方案",
        record_title="[课程建设] 苞溪县实验小学“一只陶碗”劳动教育课程实施方案—苞溪教育信息网",
        date="2025-02-24",
        notes="an education portal as text: decimal headings 1.1–3.2 stay in the body; a publish line with a submitter, a screen-reader row, "
        "a scan-to-read line and a footer; 成文日期 under the signature",
        page="""
!m 苞溪教育信息网
!a 【适老化浏览】【读屏】【手机扫码阅读】
!m 首页 » 校园动态 » 课程建设
!t [课程建设] 苞溪县实验小学“一只陶碗”劳动教育课程实施方案
!m 投稿单位：县实验小学　审核：教研室　发布：2025-02-26　阅读：577
{BODY}
!l 上一篇：县二中开展春季消防疏散演练
!l 下一篇：城关幼儿园开学第一课侧记
!m 苞溪县教育局主办　技术维护：苞溪县电教馆　电话：0792-7712090
""",
        indent="\u3000\u3000",
        body="""
为落实劳动教育要求，传承本土制陶文化，结合我校实际，制定本方案。
1.课程目标
1.1 让学生了解古窑村制陶历史，认识陶碗从泥土到器物的全过程。
1.2 学会揉泥、泥条盘筑、修坯等基本技能，每人完成一只陶碗。
2.课程安排
2.1 面向三至五年级，每周一课时，共八课时。
2.2 前四课时在校内手工教室完成，后四课时到古窑村窑场观摩烧制。
3.保障措施
3.1 学校聘请古窑村两位老艺人担任校外辅导员，每学期到校指导不少于四次。
3.2 陶泥、工具由学校统一采购，烧制费用从劳动教育经费中列支，不向学生收取。
苞溪县实验小学
2025年2月24日
""",
    ),
    dict(
        slug="oa-hengxuan-minutes-last-data",
        site="恒楦鞋材有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hengxuan.local/doc/view?id=20250617003",
        title="关于楦型数据管理的专题会议纪要",
        record_title="〔会议纪要·已归档〕关于楦型数据管理的专题会议纪要｜恒楦OA",
        date="2025-06-17",
        notes="an OA document view: 流转记录, a read count and a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 lines stay and the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔会议纪要·已归档〕关于楦型数据管理的专题会议纪要｜恒楦OA</title>
<script src="/oa/static/js/doc-view.js"></script></head>
<body>
<div class="oa-top">⟦m 恒楦协同办公⟧ ⟦m 欢迎您，技术部 周宁⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 会议⟧ ⟦m 通讯录⟧</div>
<div class="doc-title"><h3>{T}</h3>
<p>⟦m 拟稿部门：总经办　文档编号：HX-JY-2025-019　密级：内部⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-06-18 09:12 总经办 冯悦 发起归档⟧</p>
<p>⟦m 2025-06-18 10:40 技术部 周宁 已阅⟧</p></div>
<div class="doc-ops">⟦m 已读 37 人⟧ <button>⟦a 标为已读⟧</button> <button>⟦a 纪要存为PDF⟧</button></div>
<div class="oa-foot">⟦m 恒楦鞋材信息部维护　内线 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年6月17日下午2:30
地点：公司三楼会议室
主持：副总经理 庞立新
参会：技术部、生产部、销售部、信息部负责人
记录：冯悦
会议听取了技术部关于楦型数据管理情况的汇报，研究了近期客户楦型资料外泄问题。现纪要如下：
一、会议认为，楦型数据是公司核心技术资料，必须严格管理。自7月1日起，所有楦型三维数据统一存放在信息部服务器，个人电脑不得留存。
二、客户来样楦和设计楦实行“一楦一档”，借阅须经技术部负责人签字，归还时登记核对。
三、销售部向客户提供楦型图纸时，一律使用加水印的版本，并签订保密协议。
四、信息部于6月底前完成权限设置，技术部组织全员培训。
""",
    ),
    dict(
        slug="intranet-yuling-copper-bulletin-record-title",
        site="燠岭铜艺制品厂内部信息网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.20.1.8/xxw/tb/2025/0902.html",
        title="关于铜盆抛光车间一起手部划伤事故的通报",
        notes="record title as is; an intranet text page: a login line, a 发布人 line, a 印发 line of the document kept; 成文日期 under the signature",
        date="2025-09-02",
        page="""
!m 燠岭铜艺制品厂内部信息网
!m 当前用户：安环科 卢振　[注销]
!m 栏目：安全通报
{T}
!m 发布人：安环科　点击：214
{BODY}
!a 【本文仅限厂内浏览，请勿外传】　【打印】
!m 技术支持：厂信息室　内线 6608
""",
        indent="\u3000\u3000",
        body="""
各车间、各科室：
8月28日上午，抛光车间员工曹某在打磨铜盆盆沿时，未按规定佩戴防割手套，左手被盆沿毛刺划伤，缝合五针。事故虽未造成严重后果，但暴露出车间安全管理不到位的问题。
经调查，事故主要原因：一是曹某图省事，摘下手套作业；二是班组长巡查不到位，未及时制止；三是铜盆冲压后去毛刺工序执行不严，部分盆沿毛刺过长。
为吸取教训，厂部决定：对曹某给予通报批评，扣发当月安全奖；对抛光班班长给予警告；冲压车间须对去毛刺工序逐件检验，未去净的不得转入抛光工序。
各车间要以此为戒，立即开展一次劳保用品佩戴情况检查。
燠岭铜艺制品厂
2025年9月2日
燠岭铜艺制品厂办公室　　2025年9月2日印发
""",
    ),
]
