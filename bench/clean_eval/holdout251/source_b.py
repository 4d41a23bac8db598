"""holdout251, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-qingke-clapper-club-first-month",
        site="青稞老师的小站 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qingke.blog.example.net/archives/318/",
        title="教孩子打快板的第一个月",
        record_title="【板课札记】教孩子打快板的第一个月 | 青稞老师的小站",
        date="2024-03-28",
        notes="Typecho-like teacher's blog: header motto, category/tag line, a photo placeholder between paragraphs, "
        "tag cloud, archive, comment form, a powered-by footer; the post's 发表于 date is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>【板课札记】教孩子打快板的第一个月 | 青稞老师的小站</title>
<link rel="stylesheet" href="/usr/themes/wheat/style.css">
</head>
<body>
<header id="header"><a class="site-title" href="/">⟦m 青稞老师的小站⟧</a><p class="desc">⟦m 粉笔灰里也能长出麦穗⟧</p>
<nav>⟦m 首页　板课札记　读书　相册　关于⟧</nav></header>
<main>
<article class="post">
<h2 class="post-title">⟦t 【板课札记】教孩子打快板的第一个月⟧</h2>
<ul class="post-meta"><li>⟦m 作者：青稞⟧</li><li>⟦m 发表于：2024年3月28日⟧</li><li>⟦m 分类：板课札记⟧</li><li>⟦m 阅读：377⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：快板社团, 课后服务, 小学⟧</p>
<div class="post-near">⟦l « 寒假里自学竹板的那些天⟧　⟦l 升旗仪式上的第一次亮相 »⟧</div>
</article>
<div id="comments"><h3>⟦l 已有 4 条评论⟧</h3>
<ol><li>⟦l 青梅：我们学校也想开，请问竹板在哪儿买的？⟧</li><li>⟦l 青稞：回复青梅，县文化馆门口那家乐器店就有。⟧</li></ol>
<form>⟦l 发表评论：称呼　邮箱　网址　提交评论⟧</form></div>
</main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 快板　作文课　班级日志　读书笔记　家访⟧</p></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2024.03（5篇）⟧</li><li>⟦l 2024.02（3篇）⟧</li><li>⟦l 2024.01（4篇）⟧</li></ul></section>
</aside>
<footer>⟦m © 2024 青稞老师的小站 · 由 Typecho 强力驱动⟧</footer>
</body>
</html>
""",
        body="""
开学第一周，学校开了快板社团，我这个语文老师被拉去当指导。说实话，我自己也是跟着视频学了两个暑假，才敢站到孩子们面前。
第一周只练一件事：握板。大板两块、节子板五块，孩子们手小，节子板总往下掉。我把竹板的穿绳改短一截，又在板面上贴了红点，提醒他们手指放在哪儿。
⟦m ［图片：孩子们在操场上练板］⟧
第二周开始练“单点”和“双点”。教室里噼里啪啦响成一片，隔壁班老师来敲门，我们只好搬到操场上练。
到了第四周，孩子们已经能配合着说一段《上学路上讲安全》。虽然还有人抢拍、掉词，但看他们一本正经地亮相，我心里特别踏实。
下个月，我们准备在升旗仪式上表演，希望那天不下雨。
""",
    ),
    dict(
        slug="blog-yuxiang-grandma-needles-wrapped-56",
        site="雨巷拾遗 (invented blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://yuxiangshiyi.example-blog.cn/post/2024/needle-basket.html",
        title="外婆的针线笸箩",
        record_title="外婆的针线笸箩（旧文重发）- 雨巷拾遗",
        date=None,
        notes="a personal blog as text, hard-wrapped at 56 columns; an 'old post reposted' aside in the record title; "
        "only an 'updated 5 days ago' stamp, no date",
        page="""
!m 雨巷拾遗 —— 旧物、旧人、旧事
!m 首页 · 随笔 · 旧物记 · 留言板
!t 外婆的针线笸箩（旧文重发）
!m 分类：旧物记　｜　更新于 5 天前　｜　围观 96
{BODY}
!a 喜欢这篇就点个“暖”吧　♡ 31
!l 上一篇：父亲的搪瓷缸　下一篇：老屋门口的石磨
!l 留言（2）
!l 阿苇：看哭了，我外婆也有一个这样的针插。
!l 雨巷：@阿苇 那个年代的外婆们好像都一样。
!m 本站文字未经许可请勿转载
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
外婆的针线笸箩是用柳条编的，里头常年放着一块蓝布针插，上面插着大大小小十几根绣花针。
外婆年轻时是绗水一带有名的绣娘，嫁妆上的鸳鸯、孩子帽子上的老虎头，都出自那几根针。她说，针要常用才亮，闲久了就会“生脾气”，穿线也不顺。
我小时候最爱帮外婆穿针。她眼睛不好，总是把针举到窗口，眯着眼对半天，我接过来一下就穿进去，她便夸我“眼尖手巧”。
后来外婆走了，笸箩留给了母亲。前些年搬家，母亲把那块针插仔细包好，放进了随身的箱子里。
如今我偶尔也绣几针，拿起那些发暗的绣花针，仿佛还能看见外婆眯着眼对着窗口穿线的样子。
""",
    ),
    dict(
        slug="wechat-pikou-pledge-drying-off-road",
        site="公号文章存档站 (invented mirror) of 秠口发布",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxarchive.example.org/s/pikoufabu/20240921_01.html",
        title="秋收晒粮安全倡议书",
        record_title="秋收晒粮安全倡议书丨秠口发布 · 公号文章存档站",
        date="2024-09-20",
        date_also=["2024-09-21"],
        notes="WeChat mirror: 原创 tag and account line, a follow prompt glued before the salutation, a 'share this pledge' "
        "sentence that is content, 阅读原文/在看/赞 row, a QR line and the mirror's archive note; the account's date differs "
        "from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>秋收晒粮安全倡议书丨秠口发布 · 公号文章存档站</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="mirror-bar">⟦m 公号文章存档站 · 收录公开发布的公众号文章⟧ <a href="/s/pikoufabu/">⟦m 返回该公众号文章列表⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 秠口发布⟧</span> <em>⟦m 2024-09-21 07:30　发表于鞓州⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="qr">⟦a 长按识别下方二维码，关注“秠口发布”⟧</p>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦l 阅读 4863⟧　⟦a 在看 57⟧　⟦a 赞 120⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为存档副本，内容以公众号原文为准；如需删除请联系 archive@wxarchive.example.org⟧</div>
</body>
</html>
""",
        p_html='<section><p style="text-indent:2em;">{}</p></section>',
        body="""
⟦a 戳上方蓝字“秠口发布”，一键关注不迷路⟧广大村民朋友们：
秋收时节，稻谷归仓。近期，我镇部分村民在公路上摊晒稻谷，过往车辆避让不及，极易发生交通事故。为保障大家出行安全，镇党委、镇政府向全镇村民发出如下倡议：
一、不在公路上晒粮。县道、乡道、村道都是行车的路，不是晒粮的场，请大家自觉把稻谷收回晒场。
二、用好晒谷席和公共晒场。镇里已为困难家庭免费发放晒谷席，各村开放了村部广场和学校操场，大家可以错时使用。
三、互相提个醒。看到有人在路上晒粮，请友善劝导；也请把这份倡议分享给家里的老人。
丰收不易，安全第一。让我们一起过一个平安、喜庆的秋收！
秠口镇人民政府
2024年9月20日
""",
    ),
    dict(
        slug="wechat-museum-keep-clay-figurines-no-title",
        site="公号阅读镜像 (invented) of 鞓州市博物馆",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://mp-reader.example.net/a/tzbwg/2024080901",
        title="家里的老泥人怎么保存？听听文保老师怎么说",
        record_title=None,
        date="2024-08-09",
        notes="no title in the record: the title line on the page; an account line with its date (the page's date); "
        "an 'underlined words' note between paragraphs; a 'visit on the first Saturday' sentence with a clinic (content); "
        "QR and 在看 rows after it",
        page="""
!m 公号阅读镜像 | 好文章值得慢慢读
{T}
!m 原创　鞓州市博物馆　2024-08-09 17:30
!a 听全文　｜　字号 A- A+
{BODY}
!l 往期回顾：馆藏清代泥人“百子图”修复记 ｜ 暑期小小讲解员招募啦
!a 扫码关注鞓州市博物馆，预约参观不排队
!a 分享　收藏　在看 63　赞 201
!d 镜像内容仅供阅读，著作权归原公众号所有
""",
        body="""
不少市民家里收藏着老泥人，时间一长，有的褪色，有的开裂。怎样保存才能让泥人“长寿”？我们请文物保护部的老师给大家支几招。
第一，防潮。泥人怕水，受潮后容易起碱、掉色。最好放在带门的柜子里，柜里搁一小包干燥剂，湿度保持在百分之五十左右。
⟦m 划重点：防潮、避光、轻拿轻放⟧
第二，避光。彩绘泥人长时间被阳光直射，颜色会慢慢变淡。摆放时远离窗台，也不要用射灯近距离照射。
第三，轻拿轻放。拿泥人要托住底座，不要捏头、捏手等细小部位。清洁时用软毛刷轻扫浮尘，千万不能用湿布擦。
如果家里的老泥人已经出现裂缝、脱彩，请不要自己用胶水粘补，可以在每月第一个周六带到博物馆“文物门诊”咨询。
""",
    ),
    dict(
        slug="docshare-shunang-host-script-clapper-show",
        site="书囊文档 (invented sharing site)",
        style="文档分享",
        genre="主持词",
        kind="other",
        form="html",
        source="https://www.shunang.example.com/doc/5518823.html",
        title="快板专场文艺演出主持词",
        record_title="快板专场文艺演出主持词（精选两篇）— 书囊文档",
        date=None,
        notes="a sharing page: upload notice, rating row, a points lock between the host's lines, service WeChat; "
        "a host script with 甲/乙/合 lines; only an upload stamp, no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>快板专场文艺演出主持词（精选两篇）— 书囊文档</title>
<script src="/static/js/doc-view.js"></script></head>
<body>
<div class="sn-top">⟦m 书囊文档 · 装得下你要的每一篇⟧　<a>⟦a 登录⟧</a>　<a>⟦a 上传赚书币⟧</a></div>
<div class="sn-path">⟦m 书囊文档 / 活动策划 / 主持词⟧</div>
<div class="sn-info">
<h1>⟦t 快板专场文艺演出主持词（精选两篇）⟧</h1>
<p>⟦m 贡献者：秬川小戏迷　上传于 6 天前　2页　下载 318 次⟧</p>
<p>⟦l 评分 ★★★★☆ 4.3（27人评价）⟧</p>
</div>
<div class="sn-content">
{BODY}
</div>
<div class="sn-pay">⟦a 下载本文档需 5 书币　|　书囊会员免费下⟧</div>
<div class="sn-service">⟦w 找不到合适的主持词？书囊客服微信 shunang_kf01 帮你找⟧</div>
<div class="sn-notice">⟦d 本文档为用户上传分享，书囊文档不对其内容负责；如有侵权请点“投诉”。⟧</div>
<div class="sn-foot">⟦m 书囊文档 shunang.example.com　京ICP备18066310号⟧</div>
</body>
</html>
""",
        body="""
甲：尊敬的各位领导、各位来宾，
乙：亲爱的乡亲们，
合：大家晚上好！
甲：竹板一响，精神一爽。今晚，我们在这里举办“竹板声声颂家乡”快板专场演出。
乙：参加演出的既有从艺五十多年的老艺人，也有刚上小学的快板娃娃。
⟦a 后半篇主持词已折叠，用5书币解锁⟧
甲：首先请欣赏秠口镇老年快板队带来的《夸夸咱的新村貌》。
乙：老艺人们越说越年轻，小朋友们也坐不住了。下面请欣赏秬川县实验小学快板社团的《垃圾分类我先行》。
甲：一板一眼说变化，
乙：一字一句话振兴。
合：今晚的演出到此结束，祝大家身体健康、阖家幸福，我们下次再见！
""",
    ),
    dict(
        slug="docshare-xiuwu-needle-rules-wps",
        site="秀屋文档共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://xiuwu-docs.example.cn/s/7c21e0",
        title="绣坊绣花针领用管理制度",
        record_title="绣坊绣花针领用管理制度.wps",
        date=None,
        notes="a sharing page as text: file name as the record title; a points lock between articles; upload notice and a "
        "service QQ; rules with 第N条, one of which speaks of a needle detector; no date",
        page="""
!m 秀屋文档共享
!t 绣坊绣花针领用管理制度.wps
!m 分享人：绗水针线铺　类型：WPS文字　1页　上传于 2024-05-30
!a 在线预览　下载（2积分）　转存到我的文档
{BODY}
!d 本资料由网友自行上传分享，仅供学习参考，与本站立场无关。
!w 需要整套绣坊管理制度？客服QQ：2980416653
!l 你可能还需要：绣品质量检验规程 ｜ 车间“6S”管理办法 ｜ 绣工计件工资方案
""",
        indent="\u3000\u3000",
        body="""
第一条　为加强绣坊绣花针的领用管理，防止断针、遗失针扎伤人员和混入绣品，制定本制度。
第二条　绣花针由车间管理员统一保管，按针号分格存放，每格贴标签注明针号和数量。
第三条　绣工每日上班凭工号领针，领用时在登记本上签字，下班前交回，数量不符的当即查找。
⟦a 第四至六条需 2 积分解锁查看⟧
第四条　断针必须连同针头、针尾一起交回，拼齐后放入断针盒，不得随手丢弃。
第五条　绣品出库前须用检针器逐件检查，确认无残针后方可包装。
第六条　本制度自印发之日起施行，由生产部负责解释。
""",
    ),
    dict(
        slug="edu-tingzhou-notice-clay-figurine-contest-attachments",
        site="鞓州教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.tingzhou.example.cn/tzgg/2024/0905/7713.html",
        title="关于举办2024年全市中小学生泥人创作大赛的通知",
        record_title="关于举办2024年全市中小学生泥人创作大赛的通知-通知公告-鞓州教育信息网",
        date="2024-09-03",
        date_also=["2024-09-05"],
        notes="education bureau: care/reader links, an attachment download box next to the document's own 附件 list, "
        "the document's 联系人/电话/邮箱 beside the site's technical-support line; 'download the attachment' as content; "
        "成文日期 differs from the 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh-cn">
<head><meta charset="utf-8"><title>关于举办2024年全市中小学生泥人创作大赛的通知-通知公告-鞓州教育信息网</title>
<script src="/js/wza.js"></script></head>
<body>
<div class="top">⟦m 鞓州市教育局⟧　<a>⟦a 长辈阅读模式⟧</a>　<a>⟦a 屏幕朗读⟧</a>　<a>⟦a 简 / 繁⟧</a></div>
<div class="logo">⟦m 鞓州教育信息网⟧</div>
<div class="nav">⟦m 首页　|　教育要闻　|　通知公告　|　政策文件　|　招生考试　|　局长信箱⟧</div>
<div class="pos">⟦m 您的位置：首页 » 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2024-09-05　发布科室：基础教育科　浏览：2051⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj"><b>⟦a 附件下载区⟧</b><br><a>⟦a 作品报名表.docx（23KB）⟧</a><br><a>⟦a 评分标准.pdf（118KB）⟧</a></div>
<div class="btns">⟦a 打印正文　收藏本页　返回顶部⟧</div>
</div>
<div class="foot">⟦m 鞓州市教育局主办　技术支持电话：0735-8029000（工作日）⟧<br>⟦m 赣ICP备11006637号-1⟧</div>
</body>
</html>
""",
        body="""
各县（市、区）教育局，市直各学校：
为弘扬传统手工艺，培养学生动手能力和审美素养，市教育局决定举办2024年全市中小学生泥人创作大赛。现将有关事项通知如下。
一、参赛对象。全市中小学在校学生，分小学组、初中组、高中组。
二、作品要求。作品以黏土、陶泥为材料，高度不超过30厘米，主题围绕“我身边的劳动者”。每件作品只能署一名作者、一名指导教师。
三、报送方式。请各校下载附件填写报名表，于10月20日前将作品和报名表一并送至市青少年活动中心。
联系人：芦青，电话：0735-8023146，邮箱：nirendasai@tzjy.example.cn。
附件：1.作品报名表
2.评分标准
鞓州市教育局
2024年9月3日
""",
    ),
    dict(
        slug="edu-juchuan-school-notice-training-belts",
        site="秬川教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jcjy.example.cn/xygg/2024/0821/2204.html",
        title="关于规范新生军训皮带领用与归还的通知",
        record_title="关于规范新生军训皮带领用与归还的通知_校园公告_秬川教育网",
        date="2024-08-20",
        notes="a county education site as text: reader-mode row, a numbered list with times and a compensation figure; "
        "成文日期 under the school office's signature; the site's posting stamp is an update time only",
        page="""
!m 秬川教育网　|　关怀版　|　无障碍浏览
!m 当前栏目：首页 → 校园公告
!t 关于规范新生军训皮带领用与归还的通知_校园公告_秬川教育网
!m 信息来源：县二中　更新：8月21日 09:12　点击数：733
{BODY}
!a 【打印】【收藏】【转发给好友】
!l 相关公告：县二中2024级新生报到须知 ／ 新生军训期间作息时间安排
!m 秬川县教育局主办　地址：秬川县学府路18号　备案号：黔ICP备12003391号
""",
        indent="\u3000\u3000",
        body="""
各班主任、全体高一新生：
新生军训将于8月26日开始。为保证训练整齐、减少物品遗失，现将军训皮带领用与归还有关事项通知如下：
1.领用时间：8月25日下午3点至5点，由班长持本班名单到学校后勤处统一领取。
2.领用要求：每人一条，当场检查带扣是否完好，有问题的当场调换。
3.使用要求：训练期间皮带须系在训练服外，不得私自裁剪、打孔或在皮带上写字。
4.归还时间：军训结束当天，由班长收齐后交回后勤处，遗失或损坏的按每条35元赔偿。
请各班主任提前告知学生，做好组织工作。
秬川县第二中学政教处
2024年8月20日
""",
    ),
    dict(
        slug="intranet-hengren-minutes-belt-fold-test",
        site="恒韧皮具厂协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hengren.example.local/doc/view.do?id=20240726003",
        title="皮带车间质量整改专题会议纪要",
        record_title="〔质量专题会〕皮带车间质量整改专题会议纪要 - 恒韧协同办公",
        record_date="2024-07-26",
        date="2024-07-26",
        notes="an OA document view: 流转记录 with names and times, read count, an 'I have read it' button, doc-type and "
        "secrecy fields; the minutes' 时间/地点/主持/参会/记录 lines stay in the body; the record gives the meeting date",
        page="""
<html>
<head><meta charset="utf-8"><title>〔质量专题会〕皮带车间质量整改专题会议纪要 - 恒韧协同办公</title></head>
<body>
<div class="oa-top">⟦m 恒韧协同办公平台⟧　⟦m 当前用户：质检部 施远⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　通讯录⟧</div>
<div class="oa-doc">
<table class="oa-fields">
<tr><td>⟦m 文种：会议纪要⟧</td><td>⟦m 保密等级：仅限内部⟧</td><td>⟦m 拟稿：柏小琴⟧</td></tr>
</table>
<h2>⟦t 〔质量专题会〕皮带车间质量整改专题会议纪要⟧</h2>
<div class="oa-body">
{BODY}
</div>
<div class="oa-read">⟦m 已阅 37 人　未阅 4 人⟧　<button>⟦a 我已阅知⟧</button></div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 柏小琴 起草　07-26 17:02⟧</p>
<p>⟦m 欧阳砚 审签　07-26 18:15⟧</p>
<p>⟦m 办公室 分发　07-27 08:30⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截屏外传⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月26日下午2:30
地点：厂部二楼会议室
主持：厂长 欧阳砚
参会：生产部、质检部、采购部、皮带车间负责人
记录：柏小琴
会议通报了市局抽查中我厂牛皮腰带耐折牢度不合格的情况，分析原因并研究整改措施。纪要如下：
一、原因分析。经质检部复测，问题出在六月采购的一批头层牛皮，皮坯偏薄、含油不足，折叠五千次后出现裂纹。
二、整改措施。采购部即日起停用该批皮料，已生产的1200条腰带全部下架返工；质检部将耐折试验由抽检改为每批必检。
三、责任落实。皮带车间负责人写出书面检查，8月10日前完成整改，由质检部牵头组织复查。
""",
    ),
    dict(
        slug="intranet-yinlu-bulletin-needle-injury",
        site="银鹭针业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.yinlu-needle.example.local/aqhb/notice/0314.html",
        title="关于绣花针车间一起针刺伤事件的通报",
        date="2024-03-14",
        notes="record title as is; an intranet page as text with a department/publisher/read-count line, a 'must read' tag "
        "and a confirm button; 成文日期 under the department's signature",
        page="""
!m 绗水银鹭针业有限公司 · 员工之家
!m 内网首页 ＞ 安全环保 ＞ 安全通报
!m 【必读】
{T}
!m 发布部门：安全环保部　发布人：龚立　阅读：86　附件：无
{BODY}
!a 阅读完毕请点击“确认已学习”
!l 近期通报：关于2月份消防器材点检情况的通报 ｜ 关于叉车违规载人的通报
!m 信息中心维护　内线 8120
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
3月12日上午，绣花针车间抛光工段一名员工在清理抛光机时，未按规定关机断电，右手食指被飞出的针坯刺伤，经厂医务室处理后送医，所幸伤势较轻。
经调查，这起事件暴露出三个问题：一是员工安全意识淡薄，图省事违规操作；二是班组长巡查不到位，未能及时制止；三是抛光机防护罩缺失一块，设备隐患未及时整改。
为吸取教训，公司决定：对当事员工进行安全再培训，对所在班组通报批评；各车间于3月20日前完成一次设备防护装置全面排查。
希望全体员工引以为戒，严格遵守操作规程，杜绝类似事件再次发生。
安全环保部
2024年3月14日
""",
    ),
]
