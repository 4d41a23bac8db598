"""holdout129, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (two each). Invented text."""

CASES = [
    dict(
        slug="blog-laoxu-liangpi-html-tagcloud",
        site="老许的凉皮铺子 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://laoxuliangpi.example.blog.cn/2025/06/14/summer-hygiene/",
        title="开凉皮店十年，夏天我最怕的三件事",
        record_title="开凉皮店十年，夏天我最怕的三件事 | 老许的凉皮铺子",
        date="2025-06-14",
        notes="personal blog: bracketed post time; tag cloud, archive, comment box; a sentence about 扫码 in the body kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>开凉皮店十年，夏天我最怕的三件事 | 老许的凉皮铺子</title><script async src="/js/count.js"></script></head><body>
<header><h2>⟦m 老许的凉皮铺子⟧</h2><p>⟦m 一碗凉皮，十年手艺，慢慢写⟧</p></header>
<main><article>
<h1>{T}</h1>
<p class="meta">⟦m [2025-06-14 22:31]　分类：小店日常　阅读(418)⟧</p>
{BODY}
<p class="tags">⟦l 标签：凉皮　食品安全　夏天　小店⟧</p>
<p class="nav">⟦l « 面筋到底要不要泡水　　冬天卖什么才不亏 »⟧</p>
<div id="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 吃货小周：老许家的凉皮是真的干净！⟧</p><p>⟦l 发表评论（昵称必填，邮箱不公开）⟧</p></div>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 凉皮 擀面皮 辣子 小店 进货 食品安全 学徒⟧</p><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年6月 (4)⟧</li><li>⟦l 2025年5月 (7)⟧</li></ul></aside>
<footer>⟦d © 2015-2025 老许的凉皮铺子　保留所有权利⟧</footer>
</body></html>
""",
        body="""
开凉皮店整十年了，每到六月，心里就绷着一根弦。今天记一记夏天我最怕的三件事。
第一怕变质。凉皮是即食凉菜，天一热放两三个小时就容易坏。我的规矩是当天蒸的当天卖完，下午四点以后不再上新皮子，剩下的宁可自己吃。
第二怕苍蝇。店里装了风幕机和灭蝇灯，调料盆一律加盖，切好的黄瓜丝放冰柜里现用现取。
第三怕停电。去年七月停了一下午电，冰柜里的面筋全扔了。今年我买了一台小发电机，也算花钱买个安心。
前阵子市场监管所来检查，让我们在门口贴了食品安全信息码，顾客扫码就能看到我们的健康证和进货记录，我觉得这个办法好。
做吃的，良心最重要，这句话我写在后厨墙上，也写在这里。
""",
    ),
    dict(
        slug="blog-zhulin-notes-wrapped-bamboo",
        site="竹林笔记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://zhulinbiji.example.net/post/1187",
        title="今冬竹林抚育的一点记录",
        record_title=None,
        date="2025-01-12",
        notes="title missing, found on page; hard-wrapped at 64 columns; 发布于 as page date; a sidebar-like 最近文章 list after",
        wrap=64,
        indent="    ",
        page="""
!m 竹林笔记 — 一个护林员的日常
{T}
!m 发布于 2025-01-12 · 分类：山里的事 · 评论 2
{BODY}
!l 最近文章
!l · 雪压竹的处理办法
!l · 春笋季护笋的几句话
!a 订阅本站　RSS
!m Powered by Typecho · 本站已运行 2311 天
""",
        body="""
入冬以后，我和站里的三个同事把珞岭脚下那片毛竹林走了一遍，一共一百二十亩，记几件事。
一是砍老竹。按照“存三去四”的办法，把四年以上的老竹砍掉，一共砍了六百多根，留下的竹子间距大约两米，林子一下子亮堂了。
二是清竹蔸。去年砍伐留下的竹蔸有的已经腐烂，招来竹蝗产卵，我们用锄头挖出来集中堆放，开春再处理。
三是钩梢。山坡上风大，雪一压就容易折断，我们给靠外侧的竹子钩了梢，留下十五盘左右的枝条。
今年的活比往年细，站长说明年春笋季要看成效，我也很期待。
""",
    ),
    dict(
        slug="wechat-fanqiao-bullying-letter-html",
        site="璟川实验中学公众号镜像 (invented)",
        style="公众号镜像",
        genre="致家长的信",
        kind="letter",
        form="html",
        source="https://mp.wxmirror.example.com/s/JcQ7v2nXkLp0aR",
        title="预防校园欺凌，致全体家长的一封信",
        record_title="预防校园欺凌，致全体家长的一封信",
        date="2025-09-04",
        notes="WeChat mirror: account line with date as page date; 阅读原文/在看/赞 row; QR prompt; a body sentence asking parents to 关注 and 扫码 kept; contact of the school's 心理辅导室 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>预防校园欺凌，致全体家长的一封信</title><script>var msg_link="";</script></head><body>
<div class="mirror-top">⟦m 微信文章镜像 · 仅作存档⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 璟川实验中学 璟川实验中学德育处 2025-09-04 18:02 发表于璟川⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="bottom">⟦l 阅读原文⟧ ⟦l 阅读 3652⟧ ⟦l 赞 87⟧ ⟦l 在看 21⟧</div>
<div class="qr">⟦a 长按识别二维码，关注璟川实验中学⟧</div>
<div class="mirror-foot">⟦d 本页内容来自公开的微信公众号文章，版权归原作者所有。⟧ ⟦m wxmirror.example.com⟧</div>
</body></html>
""",
        body="""
尊敬的各位家长：
新学期开始了。为营造安全、文明、和谐的校园环境，预防和制止校园欺凌，学校向您发出这封信，请您与我们一起关注孩子的成长。
一、了解什么是欺凌。故意推搡、起侮辱性绰号、孤立排挤、在网络上散布谣言，都可能构成欺凌。
二、留意孩子的变化。如果孩子突然不愿上学、物品经常“丢失”、身上有不明伤痕，请及时与班主任沟通。
三、教育孩子正确求助。告诉孩子遇到欺凌要第一时间告诉老师和家长，不以暴制暴。
学校心理辅导室每天中午12:30至13:30开放，咨询电话：0736-5218823。
您也可以关注学校公众号，扫码填写匿名反映表，我们会认真核实处理。
璟川实验中学
2025年9月4日
""",
    ),
    dict(
        slug="wechat-songyan-inkstick-mirror-text",
        site="看点镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kandian-mirror.example.com/a/ink_2025_0307_44.html",
        title="一块墨锭的三百道工序：走进珩山老墨厂",
        record_title="一块墨锭的三百道工序：走进珩山老墨厂 丨 珩山文旅",
        date="2025-03-07",
        notes="text mirror of an account article; decorated title with 丨 account; account line as page date; caption line between paragraphs; 在看/分享 row",
        gap=True,
        page="""
{T}
!m 原创 珩山文旅 珩山文旅 2025年03月07日 20:15
!m 收录于合集 #珩山非遗 9个
{BODY}
!l 点击“在看”，把老手艺分享给更多人
!l 往期推荐：珩山竹纸的最后一位纸匠
!m 文字：阮青　编辑：白芷　审核：何东
!d 镜像内容仅供阅读，请以原公众号为准
""",
        body="""
在珩山镇东头，有一座建于上世纪五十年代的老墨厂，至今仍用松烟和桐油烟制墨。

“一块好墨要经过三百多道工序，光是捶打就要上千下。”墨厂第四代传人宋砚生说。

⟦m ▲ 宋砚生在检查晾干中的墨锭⟧

制墨的原料是烟灰和牛皮胶，和好的墨团要反复捶打，再放进模具压成墨锭，然后在阴凉处晾上半年，期间要翻动上百次，防止开裂。

如今，老墨厂每年生产墨锭约两万锭，产品销往国内二十多个省份，还开发了适合中小学生书法课的小墨锭。

宋砚生说，他最大的心愿是让更多年轻人来学这门手艺，“墨里有时间，急不得”。
""",
    ),
    dict(
        slug="docshare-shuge-binding-plan-bracket-markers",
        site="书阁共享文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.shuge.example.com/doc/aa83f1c0.html",
        title="瓒湖市图书馆古籍线装书修复装订培训班实施方案",
        record_title="瓒湖市图书馆古籍线装书修复装订培训班实施方案（word可编辑）",
        date="2025-05-06",
        notes="decorated title; page markers ⟅n⟆ glued at line starts; upload notice; schedule table kept; a sentence about 下载 the application form kept",
        pages=dict(fmt="⟅{n}⟆", every=180, start=2, glue=True),
        page="""
!m 书阁共享文档 — 文档在线预览
!m 格式：DOCX　页数：4　上传时间：2025-05-20　下载：57次
{T}
{BODY}
!a 全文未完，点击加载更多
!a 下载本文档（需10积分）
!d 本文档为网友共享，书阁仅提供在线预览服务，不对内容真实性负责。
!l 同类文档：古籍保护工作年度总结　｜　图书馆志愿者管理办法
""",
        body="""
为培养古籍修复装订人才，传承线装书装订技艺，市图书馆决定举办古籍线装书修复装订培训班，特制定本方案。
一、培训对象
全市公共图书馆、档案馆及高校图书馆从事古籍保护工作的人员，共30名。
二、培训时间和地点
2025年6月9日至6月20日，市图书馆古籍修复中心。
三、培训内容
日期　内容　授课人
6月9日—11日　纸张性质与补纸选配　卢文瑾
6月12日—16日　四眼订线、包角与护页　范秉初
6月17日—20日　综合实操与考核　修复中心全体教师
四、报名方式
请各单位于5月30日前从市图书馆网站下载报名表，填写后发送至guji@zhanhu-lib.example.cn。
瓒湖市图书馆
2025年5月6日
""",
    ),
    dict(
        slug="docshare-feiye-groupbuy-notice-html-reader",
        site="飞页文档 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.feiyedoc.example.com/d/5512097.html",
        title="关于规范社区团购经营行为的提醒告诫书",
        record_title="关于规范社区团购经营行为的提醒告诫书.pdf",
        date="2025-07-22",
        notes="file-name title; sharing reader with toolbar, page counter, pay prompt and recommended list; the document's 举报电话 kept; 12315 in body kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范社区团购经营行为的提醒告诫书.pdf - 飞页文档</title><script src="/reader/pdf.min.js"></script></head><body>
<div class="top">⟦m 飞页文档⟧ <input placeholder="搜索文档"> <a>⟦a 上传文档⟧</a> <a>⟦a 登录/注册⟧</a></div>
<div class="docinfo"><h1>{T}</h1><span>⟦m 贡献者：yh_admin　|　2页　|　浏览 1804　|　上传于2025-08-01⟧</span></div>
<div class="toolbar">⟦a 全屏　放大　缩小　下载　打印⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 本文档需付费1.5元下载，已有26人购买⟧</div>
<div class="rec"><h3>⟦l 为你推荐⟧</h3><ul><li>⟦l 网络直播营销提醒告诫书⟧</li><li>⟦l 预付卡消费风险提示⟧</li></ul></div>
<footer>⟦d 飞页文档所有资源均由用户上传，如侵犯您的权益，请提交投诉。⟧ ⟦m 粤ICP备20066519号⟧</footer>
</body></html>
""",
        body="""
各社区团购平台及团长：
近期，我局接到多起关于社区团购商品质量、虚假宣传和售后推诿的投诉。为维护消费者合法权益，现对你们提出如下提醒告诫：
一、严格落实进货查验制度，不得销售过期、变质和来源不明的食品。
二、如实标注商品产地、规格和价格，不得以“原价”“限时秒杀”等方式虚构优惠。
三、建立退换货机制，消费者反映的质量问题应在48小时内处理。
四、团长作为经营者之一，应当在群内公示平台名称和售后联系方式。
对拒不改正的，我局将依法查处并向社会公开。消费者可拨打12315或本局举报电话0759-3387021反映问题。
瑗溪区市场监督管理局
2025年7月22日
""",
    ),
    dict(
        slug="edu-wanshui-guardrail-notice-html",
        site="琬水县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wanshuiedu.example.cn/Article/ShowArticle.asp?ArticleID=8821",
        title="关于开展中小学校园护栏及楼道栏杆安全排查的通知",
        record_title="关于开展中小学校园护栏及楼道栏杆安全排查的通知_通知公告_琬水县教育信息网",
        date="2025-02-20",
        notes="old ASP education portal: 【阅读字号】 row, visitor counter; _column_site title; 附件 list; document's 联系人 beside the site's technical line",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展中小学校园护栏及楼道栏杆安全排查的通知_通知公告_琬水县教育信息网</title></head><body>
<table width="1000" align="center"><tr><td>⟦m 琬水县教育信息网⟧</td><td>⟦m 2025年2月24日 星期一⟧</td></tr></table>
<table width="1000" align="center"><tr><td>⟦m 首页 | 教育新闻 | 通知公告 | 政策法规 | 资源下载⟧</td></tr></table>
<table width="1000" align="center"><tr><td>
<div>⟦m 您所在的位置：首页 → 通知公告 → 正文⟧</div>
<h2>{T}</h2>
<div>⟦m 文章来源：县教育局安全股　发布人：admin　发布时间：2025-2-20　点击：1021⟧</div>
<div>⟦a 【阅读字号：大 中 小】⟧ ⟦a 【双击滚屏】⟧</div>
{BODY}
<div>⟦a 【打印文章】 【关闭窗口】⟧</div>
<div>⟦l 上一篇：2025年春季学期开学工作安排⟧<br>⟦l 下一篇：关于做好学生资助政策宣传的通知⟧</div>
</td></tr></table>
<table width="1000" align="center"><tr><td>⟦m 版权所有：琬水县教育局　地址：琬水县新华路17号⟧<br>⟦m 技术支持电话：0719-7706551⟧<br>⟦m 您是本站第 1872203 位访问者⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学、幼儿园：
为防止学生高处坠落事故，县教育局决定在全县开展校园护栏及楼道栏杆安全排查，现将有关事项通知如下。
一、排查范围：教学楼、宿舍楼的走廊护栏、楼梯栏杆，屋顶平台和连廊护栏，运动场看台护栏。
二、排查标准：护栏高度不低于1.1米，竖向栏杆间距不大于0.11米，不得有可供踩踏的横向构件，焊点无锈蚀、松动。
三、时间安排：3月10日前完成自查，3月20日前县教育局组织抽查。
四、工作要求：发现隐患的，要立即设置警示标志、封闭区域，并制定整改方案，整改完成前不得使用。
附件：校园护栏安全排查登记表
联系人：县教育局安全股　柯明远，电话：0719-7702185。
琬水县教育局
2025年2月20日
""",
    ),
    dict(
        slug="edu-luoling-sealscript-contest-text",
        site="珞岭区教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jyj.luoling.example.gov.cn/jyxw/tzgg/2025-03/1147.html",
        title="关于举办珞岭区第二届中小学生篆书书写展示活动的通知",
        record_title="【通知公告】关于举办珞岭区第二届中小学生篆书书写展示活动的通知",
        date="2025-03-14",
        notes="decorated title with 【】 column; date in the document in Chinese numerals; numbered requirements and a table of groups kept; font-size row and share bar after",
        page="""
!m 珞岭区教育局 ｜ 通知公告
{T}
!m 时间：2025-03-18　来源：区教研室　阅读：663
!a 字号：大 中 小　｜　打印　｜　关闭
{BODY}
!l 分享：微信 微博
!l 相关链接：区中小学书法教育指导纲要
!m 珞岭区教育局主办　苏ICP备19031178号
""",
        body="""
各中小学：
为推进书法教育，弘扬中华优秀传统文化，区教育局决定举办第二届中小学生篆书书写展示活动。现将有关事项通知如下：
一、参加对象：全区小学四年级至初中三年级学生。
二、分组及书写内容：
组别　年级　书写内容
小学组　四至六年级　《千字文》节选，不少于二十字
初中组　七至九年级　古诗一首或自选格言
三、作品要求：
1．使用宣纸，尺幅为四尺三开竖式；
2．作品须注明学校、年级、姓名和指导教师；
3．每校报送作品不超过十件。
四、报送时间：四月十八日前送区教研室。
珞岭区教育局
二〇二五年三月十四日
""",
    ),
    dict(
        slug="oa-haigang-shipbreak-minutes-html",
        site="玳城海港拆船公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.daicheng-cc.example.local/doc/view.do?id=20250415007",
        title="2025年第二季度拆解作业安全例会纪要",
        record_title="内网资讯-2025年第二季度拆解作业安全例会纪要",
        date="2025-04-15",
        notes="intranet document view: 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; a table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内网资讯-2025年第二季度拆解作业安全例会纪要</title><script src="/oa/js/oa-core.js"></script></head><body>
<div class="oa-top">⟦m 玳城海港拆船有限公司 协同办公平台⟧ ⟦m 当前用户：安环部 林海生⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项　公文管理　内网资讯　通讯录⟧</div>
<div class="doc-head"><h2>{T}</h2>⟦m 密级：内部　拟稿：安环部　阅读次数：146⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-04-15 17:02 林海生 拟稿⟧</p><p>⟦m 2025-04-16 09:10 郑怀远 审核通过⟧</p><p>⟦m 2025-04-16 10:33 办公室 发布⟧</p></div>
<div class="oa-foot">⟦d 本平台信息仅限公司内部使用，严禁外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年4月15日14:30
地点：公司三楼会议室
主持：郑怀远
参会：安环部、拆解一队、拆解二队、设备科负责人
记录：林海生
会议通报了一季度安全生产情况，研究了二季度拆解作业安全重点，纪要如下：
一、一季度共完成拆解船舶4艘，计2.1万轻吨，未发生轻伤以上事故，但发生气割作业未办理动火证的违章2起。
二、二季度拟拆解船舶计划：
船名　轻吨　作业队
海宁轮　6200　拆解一队
东祥8号　4800　拆解二队
三、会议要求：进舱作业必须先检测氧含量和可燃气体，严格执行“先检测、后通风、再作业”；油舱残油未清净的，一律不得动火。
四、设备科于4月底前完成两台门式起重机的年度检验。
""",
    ),
    dict(
        slug="oa-jingtai-glass-bottle-report-text",
        site="琮溪晶泰玻璃制品公司内网 (invented)",
        style="企业内网",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://192.168.10.8/portal/news/detail?nid=3321",
        title="关于一季度药用玻璃瓶质量波动情况的报告",
        record_title="关于一季度药用玻璃瓶质量波动情况的报告",
        date="2025-04-08",
        notes="intranet text export: login line, approval trail after; decimal headings 1.1/1.2 kept; 主送/抄送 kept",
        page="""
!m 晶泰内网 ｜ 质量管理 ｜ 报告查看
!m 欢迎您，质检部 姚佳　上次登录：2025-04-09 08:11
{T}
{BODY}
!m 审批意见：已阅，按方案落实。——周建国 2025-04-09
!m 附件下载（1）｜ 阅读人数 58
!a 返回列表　打印
""",
        body="""
公司领导：
一季度，公司药用玻璃瓶出厂合格率为98.6%，比上年同期下降0.7个百分点，客户投诉3起。现将有关情况报告如下。
1 主要问题
1.1 瓶口尺寸超差。2月份二号线生产的10毫升西林瓶瓶口外径超差，涉及一个批次约12万只。
1.2 气泡和结石。3月上旬熔窑温度波动，气泡缺陷比例一度达到0.9%。
2 原因分析
2.1 二号线成型模具使用超期，磨损后未及时更换。
2.2 熔窑燃气调节阀故障，温控系统报警后处置不及时。
3 整改措施
3.1 建立模具使用台账，达到规定次数强制更换。
3.2 熔窑温控报警接入生产调度中心，值班人员十分钟内到场处置。
质检部
2025年4月8日
抄送：生产部、设备部
""",
    ),
]
