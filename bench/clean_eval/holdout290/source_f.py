"""holdout290, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mails.

Every page, site, place, person, number and URL here is invented; each case written by hand.
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-curing-racks-jammer",
        site="上岸驿站论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-61730-1-1.html",
        title="城管要拆小区晾晒的腊肉架，居民有意见，你怎么办？",
        record_title="[面试题回忆] 城管要拆小区晾晒的腊肉架，居民有意见，你怎么办？（附我的思路）- 结构化面试 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts glued after 。 and as a line, a reply-to-see prompt, a QQ-group ad, a rating row; 4 天前 is no date",
        page="""
<html><head><meta charset="utf-8">
<title>[面试题回忆] 城管要拆小区晾晒的腊肉架，居民有意见，你怎么办？（附我的思路）- 结构化面试 - 上岸驿站论坛</title>
<script src="static/js/forum.js"></script>
<style>font.jammer{font-size:0;color:transparent}</style>
</head><body>
<div id="hd">⟦m 上岸驿站论坛 · 考公路上不孤单⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化面试⟧</div>
<div class="pl">
<div class="pls">⟦m 岸上见 ｜ 上岸预备役 ｜ 积分 1290⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 岸上见 发表于 4 天前 ｜ 查看 5127 ｜ 回复 96⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 【隐藏内容】评分要点回帖后可见⟧</div>
<div class="rate">⟦l 评分 +12 威望 ｜ 热心助人，奖励！⟧</div>
<div class="ad">⟦w 面试一对一模考，进QQ群 738120455 领真题⟧</div>
</div>
<div id="ft">⟦m 上岸驿站论坛 shanganyz.com　鄂ICP备20016672号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我的作答思路如下，供各位参考：
首先，我会理解居民的心情。腊月晒腊肉是老习惯，很多老人指望着这几块腊肉过年，城管一来就要拆，居民有意见很正常。
其次，我会弄清楚情况。了解腊肉架是搭在公共绿地、消防通道上，还是搭在自家阳台上；如果确实占用通道、存在安全隐患，就要依法整改，但要讲清道理，给出整改时间。
再次，我会帮居民想办法。联系社区和物业，在小区空地统一设置公共腊肉架，让居民有地方可晒，既守住安全，又顾及民俗。
最后，我会总结经验，今后类似整治提前入户宣传，避免简单粗暴。
""",
    ),
    dict(
        slug="examforum-shangan-essay-placemat-civility-junk",
        site="上岸驿站论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.shanganyz.com/thread-62014-1-1.html",
        title="一方餐垫里的文明",
        record_title="[申论初稿] 一方餐垫里的文明（请老师点评）- 申论批改 - 上岸驿站论坛",
        date=None,
        notes="an essay on an exam forum with junk lines and junk glued after 。; a teacher's reply below; 6 天前 is no date",
        page="""
!m 上岸驿站论坛 › 申论交流 › 申论批改
!t [申论初稿] 一方餐垫里的文明（请老师点评）
!m 楼主 小满上岸 ｜ 6 天前 ｜ 阅读 862 ｜ 回复 14
{BODY}
!l 2楼 申论阿骆老师：立意不错，第三段论据可以更具体
!l 3楼 咸鱼也想上岸：mark，学习了
!a 回复后可下载本帖附件：申论高分范文合集
!m 上岸驿站论坛 · 手机版 · 联系版主
""",
        junk=dict(lines=2, glued=2),
        body="""
走进今天的机关食堂，每张餐桌上都铺着一方可擦洗的餐垫，上面印着“光盘”两个字。这方小小的餐垫，折射出的是社会文明的进步。
餐垫是规矩。以前食堂里一次性桌布用完就扔，汤汁饭粒满桌都是；如今一人一垫，吃完卷起，桌面干净，秩序井然。
餐垫是提醒。垫子上的“光盘”提示，每天都在提醒就餐的人：粒粒皆辛苦，吃多少打多少。
餐垫更是态度。用一方可反复清洗的餐垫代替一次性用品，体现的是节约资源、保护环境的生活态度。
文明从来不是空洞的口号，它就藏在一方餐垫这样的细节里。
""",
    ),
    dict(
        slug="baike-zhiwu-entry-spice-box-h1",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiwubaike.com/item/调料盒",
        title="调料盒",
        record_title=None,
        date=None,
        notes="encyclopaedia: no title in the record, the entry name in the <h1> (it opens the body too: head match); an infobox, a contents box, edit/discuss/history tabs, reference markers glued after sentences, an edit link glued to a section heading",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>⟦m 知物百科 - 日常器物的百科全书⟧</title>
<script src="/js/wiki.js"></script>
</head><body>
<div class="top">⟦m 知物百科⟧ ⟦a 进入词条⟧ ⟦a 创建词条⟧ ⟦a 个人中心⟧</div>
<div class="tabs">⟦a 阅读　修改　讨论　修订记录⟧</div>
<h1 class="title">{T}</h1>
<div class="sub">⟦m 厨房收纳用品⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：调料盒　常见材质：塑料、玻璃、不锈钢、陶瓷　用途：盛放调味品⟧</td></tr></table>
<div class="toc">⟦l 目录　1 简介　2 种类　3 使用与清洁⟧</div>
<div class="entry">
{BODY}
</div>
<div class="ref">⟦l 参考资料　[1] 《厨房用品选购手册》　[2] 《家庭食品卫生常识》⟧</div>
<div class="stat">⟦m 本词条浏览 18,044 次，最近更新于 2 个月前⟧</div>
<div class="foot">⟦d 知物百科词条内容由网友协作编辑，仅供参考⟧<br>⟦m 知物百科 zhiwubaike.com　京ICP备22018893号⟧</div>
</body></html>
""",
        body="""
调料盒是厨房中用来分格盛放盐、糖、味精、胡椒粉等调味品的容器，通常由几个小格或几个小盒组合而成，方便烹饪时取用。⟦m [1]⟧
种类⟦a ✎修改此节⟧
按结构可分为一体式、组合式和旋转式；按材质可分为塑料、玻璃、不锈钢和陶瓷等。塑料调料盒轻便价廉，玻璃和陶瓷调料盒耐腐蚀、易清洗，不锈钢调料盒结实耐用。
使用与清洁
调料盒宜放在干燥通风处，远离灶火和水池；不同调料应分格存放，并贴上标签。调料盒应定期清洗晾干，受潮结块的调料应及时更换。⟦m [2]⟧
""",
    ),
    dict(
        slug="baike-baixiao-entry-button-box-decorated",
        site="百晓百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.baixiao.cn/wiki/纽扣盒",
        title="纽扣盒",
        record_title="纽扣盒（收纳用品）_百晓百科",
        date=None,
        notes="an encyclopaedia entry in text: the record's decorated entry name; the entry name opens the body; contents line, tabs and a history stamp at the edges",
        page="""
!m 百晓百科 · 生活用品
!a 编辑　｜　讨论　｜　查看历史
!t 纽扣盒（收纳用品）
!m 分类：收纳用品 › 针线用品　　编辑次数：23次　　最近修订：前天
{BODY}
!l 词条标签：收纳　缝纫　针线盒
!d 百晓百科提醒：词条由用户编写，请注意甄别
!m 百晓百科 baixiao.cn
""",
        body="""
纽扣盒是家庭用来收纳纽扣的小盒子，常与针线、顶针等一起放在针线笸箩中，也有单独制作的分格纽扣盒。
旧时人家多用废弃的饼干盒、月饼盒或木匣作纽扣盒，把从旧衣上拆下的纽扣攒在里面，以备缝补时取用。
现代纽扣盒多为塑料或木制，盒内分成若干小格，可按颜色、大小和材质分类存放；服装厂和裁缝铺则使用带抽屉的纽扣柜。
在一些地方，一只装满旧纽扣的纽扣盒被看作勤俭持家的象征，常被作为家庭旧物收藏。
""",
    ),
    dict(
        slug="drive-feicun-instruction-folding-food-covers-docx-markers",
        site="飞存网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.feicun.com/s/1Qm7rXa2",
        title="折叠纱网菜罩缝制作业指导书",
        record_title="折叠纱网菜罩缝制作业指导书.docx",
        date=None,
        notes="cloud-drive preview: VIP prompts, a save-to-drive button, page-marker paragraphs cutting sentences, decimal headings; file-name record title; a share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>折叠纱网菜罩缝制作业指导书.docx_免费高速下载|飞存网盘</title>
<script src="//static.feicun.com/pan/preview.js"></script>
</head><body>
<div class="bar">⟦m 飞存网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦t 折叠纱网菜罩缝制作业指导书.docx⟧ ⟦m 58.3KB　分享于 2025-02-19　有效期：永久⟧</div>
<div class="ops">⟦a 保存到我的飞存⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 在线预览仅显示前4页，开通超级会员看全部⟧</div>
<div class="foot">⟦d 请勿通过飞存网盘分享侵权内容，发现请举报⟧ ⟦m © 2025 飞存网盘⟧</div>
</body></html>
""",
        pages=dict(fmt="⦡ {n}/4 ⦡", every=70, start=2),
        body="""
1 适用范围
1.1 本指导书适用于缝制车间折叠纱网菜罩的裁网、缝边和装骨工序。
2 作业要求
2.1 裁网：按样板裁剪纱网，每片纱网边缘留出1厘米缝份，裁好的纱网按尺寸分筐存放，不得折压。
2.2 缝边：用包边条包住纱网边缘，针距每3厘米12至14针，起止处回针不少于1厘米。
2.3 装骨：把伞骨穿入包边条的骨袋，拧紧顶部旋钮，开合五次检查是否顺畅。
3 检验
3.1 每班首件由班组长检验，合格后方可批量缝制；不合格品放入红色周转箱。
""",
    ),
    dict(
        slug="drive-yunti-plan-clean-plate-placemats-pdf-markers",
        site="云屉 (invented cloud-drive share)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.yunti.cc/share/init?surl=p8Rk20",
        title="2025年“光盘餐垫”进机关食堂推广方案",
        record_title="2025年“光盘餐垫”进机关食堂推广方案.pdf",
        date="2025-02-10",
        notes="cloud-drive text preview: page markers on lines of their own cutting sentences; file-name record title; signature date; a share stamp is no date",
        page="""
!m 云屉 · 文件分享
!t 2025年“光盘餐垫”进机关食堂推广方案.pdf
!m 分享者：袼阳***务　　分享时间：2025-02-21　　大小 412KB
!a 转存到我的云屉　　下载　　举报
{T}
{BODY}
!a 未登录只能预览前3页，登录后查看全部
!m 云屉 yunti.cc
""",
        pages=dict(fmt="⸸{n}⸸", every=80, start=2),
        body="""
为深入推进机关节约粮食工作，市机关事务管理局决定在市直机关食堂推广“光盘餐垫”，制定本方案。
一、推广内容。在食堂每个餐位铺设印有节约提示和菜品热量表的可擦洗餐垫，引导干部职工按需取餐。
二、推广范围。3月在市级机关第一食堂试点，5月推广到市直机关全部11个食堂。
三、工作要求。各食堂要做好餐垫的清洗和更换，每季度统计一次剩余饭菜量，与推广前进行对比。
袼阳市机关事务管理局
2025年2月10日
""",
    ),
    dict(
        slug="snapshot-misou-notice-old-button-boxes-for-plants",
        site="觅搜网页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.misou.com/c?u=www.guaqiao.org.cn/tongzhi/1012.html",
        title="关于开展“旧纽扣盒换绿植”活动的通知",
        record_title="关于开展“旧纽扣盒换绿植”活动的通知_褂桥社区 - 觅搜快照",
        date="2024-10-12",
        notes="search-cache frame: a capture banner with highlighted terms around a community page; the community's own phone in the body beside its office hours line; signature date; the capture time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展“旧纽扣盒换绿植”活动的通知_褂桥社区 - 觅搜快照</title>
</head><body>
<div class="cache-head" style="background:#fffbe6">
<p>⟦m 这是觅搜为 www.guaqiao.org.cn/tongzhi/1012.html 保存的快照，抓取于 2024年10月30日 03:14⟧</p>
<p>⟦a 原网页可能已更改，点此访问当前页面⟧</p>
<p>⟦m 已为您标亮以下搜索词：<b style="background:#ff6">纽扣盒</b> <b style="background:#6ff">换绿植</b>⟧</p>
</div>
<div class="orig">
<div class="hd">⟦m 褂桥社区在线⟧ ⟦m 首页 ＞ 居委通知⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 褂桥社区居委会　2024-10-12⟧</div>
{BODY}
<div class="ft">⟦m 办公时间：周一至周六 8:30-17:30⟧　⟦m 褂桥社区党群服务中心⟧</div>
</div>
</body></html>
""",
        body="""
各位居民：
为倡导旧物再利用，社区将于10月19日（星期六）上午9点至11点，在褂桥社区党群服务中心门前开展“旧纽扣盒换绿植”活动。
一、居民可带家中闲置的纽扣盒、针线盒，每个可换取绿萝或吊兰一盆，每户限换两盆。
二、换回的纽扣盒经志愿者清洗后，送往社区“巧手工作室”，用于老人手工课。
三、纽扣盒请提前清空，破损严重、无法再用的恕不接收。
咨询电话：0747-2263570。
褂桥社区居民委员会
2024年10月12日
""",
    ),
    dict(
        slug="snapshot-misou-text-notice-bulk-spice-boxes-campus",
        site="觅搜网页快照 (invented search cache, text only)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://cache.misou.com/t?u=www.yyxx.edu.cn/hq/0305.html",
        title="关于校园超市下架散装调料盒的通知",
        record_title="［仅文字快照］关于校园超市下架散装调料盒的通知",
        date="2025-03-05",
        notes="a text-only search cache: the capture line, a back-to-original link; signature date; the capture date is no date",
        page="""
!m 觅搜快照（纯文字）　抓取时间：2025-03-22 11:40
!a 查看原网页　｜　查看带图版本
!m 袼阳第一小学 › 后勤通知
{T}
{BODY}
!m 袼阳第一小学后勤处 版权所有
!d 觅搜与原网页作者无关，快照内容以原网页为准
""",
        indent="\u3000\u3000",
        body="""
校园超市承包方：
近期，有家长反映校园超市出售的散装调料盒（内装孜然粉、辣椒粉等）无生产日期、无厂名厂址，学生买来拌零食吃。经学校后勤处核查，情况属实。
为保障学生饮食安全，请你方于3月7日前将散装调料盒全部下架，今后不得在校园超市销售散装调味品。
后勤处将于3月10日进行检查，对未按要求整改的，按承包合同有关条款处理。
袼阳第一小学后勤处
2025年3月5日
""",
    ),
    dict(
        slug="print-naxi-bulletin-food-cover-checks-footer",
        site="衲溪县卫生健康局网 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wjj.naxi.gov.cn/print.jsp?id=20240819",
        title="关于农村集体聚餐菜罩使用情况检查的通报",
        record_title="打印稿预览 » 关于农村集体聚餐菜罩使用情况检查的通报",
        date="2024-08-19",
        notes="a print view that calls window.print(): print buttons, a print footer; a bulletin with its table; signature date; 印发 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印稿预览 » 关于农村集体聚餐菜罩使用情况检查的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭打印预览〕⟧</div>
<div class="ph">⟦m 衲溪县卫生健康局 · 打印版⟧</div>
<h2>{T}</h2>
<p class="from">⟦m 信息来源：疾病预防控制股　打印时间：2024-09-02 15:06⟧</p>
{BODY}
<div class="pf">⟦p ⧵ 页 1 · 共 1 ⧵⟧</div>
</body></html>
""",
        body="""
各乡镇卫生院：
7月至8月，县卫生健康局对全县农村集体聚餐菜罩使用情况进行了检查，共抽查聚餐场所45处。现将检查情况通报如下：
乡镇　抽查处数　规范使用　主要问题
衩河镇　16　14　菜罩破损未更换
袯田镇　15　11　凉菜未加罩
袤坡乡　14　14　无
从检查情况看，多数乡村厨师能做到熟食加罩，但仍有部分场所存在菜罩破损、凉菜敞放等问题。请各乡镇卫生院加强巡查指导，9月底前完成整改。
衲溪县卫生健康局
2024年8月19日
衲溪县卫生健康局办公室　2024年8月19日印发
""",
    ),
    dict(
        slug="print-chanyin-letter-rooftop-curing-racks-footer",
        site="襜荫街道办事处网 (invented, print view)",
        style="打印页",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.chanyinjd.gov.cn/print/hz/1220.html",
        title="关于协助清理楼顶违规腊肉架的函",
        record_title="关于协助清理楼顶违规腊肉架的函（打印样）- 襜荫街道",
        date="2024-12-20",
        notes="a text print view: print controls at the top, a print footer closing it; a letter with its contact and signature date",
        page="""
!a 【打印】　【返回正文】
!m 襜荫街道办事处 · 政务公开 · 打印预览
{T}
{BODY}
!m 页面地址：www.chanyinjd.gov.cn/zwgk/hz/1220.html
!p ⌳ 第1页　共1页 ⌳
""",
        indent="\u3000\u3000",
        body="""
袼阳安居物业服务有限公司：
近日，街道接到居民反映，你公司管理的襜荫花园小区3号、5号楼楼顶有居民私自焊接铁制腊肉架，部分架子压在防水层和避雷带上，存在安全隐患。
请你公司于12月31日前会同社区入户说明情况，协助清理楼顶违规焊接的腊肉架，并引导居民使用社区统一设置的公共晾晒点。清理情况请书面报街道城管办。
联系人：寇卫东，电话：0747-2247719。
襜荫街道办事处
2024年12月20日
""",
    ),
    dict(
        slug="mail-webmail-fwd-letter-cloth-placemats-attachments",
        site="袼阳政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.yeyang.gov.cn/read?mid=0418AB77",
        title="关于订制会议用布艺餐垫的函",
        record_title="Fwd: 关于订制会议用布艺餐垫的函",
        date="2025-04-03",
        date_also=["2025-04-07"],
        notes="webmail reading view: a forwarded header with its send date (also accepted), an attachment bar beside the letter's own 附件 list; the letter's contact and mailbox in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: 关于订制会议用布艺餐垫的函 - 袼阳政务邮箱</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="mailtop">⟦m 袼阳政务邮箱⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧ ⟦m zhangb@yeyang.gov.cn⟧</div>
<div class="mailbar">⟦a 回复 全部回复 转发 删除 标记为未读⟧</div>
<div class="mailhead">
<p>⟦m 发件人：市会议服务中心 &lt;hyfw@yeyang.gov.cn&gt;⟧</p>
<p>⟦m 收件人：缌湖区木棉布艺厂 &lt;mumian_by@163mail.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月7日（星期一）上午10:26⟧</p>
<h3>{T}</h3>
</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="attach">⟦a 附件（2个）：会议用餐垫规格表.xlsx 46KB　餐垫图案样稿.pdf 1.3MB　全部下载⟧</div>
<div class="mailfoot">⟦d 本邮件由袼阳政务邮箱系统发送，请勿转发涉密信息⟧</div>
</body></html>
""",
        body="""
缌湖区木棉布艺厂：
我中心承办的全市乡村振兴工作会议将于5月中旬召开，会议用餐需订制布艺餐垫300张。经比选，拟由贵厂承做，现将有关要求函告如下：
一、餐垫尺寸为45×30厘米，采用棉麻面料，四边包边，左下角绣“袼阳”字样。
二、请于4月30日前交货，交货前提供实物样品两张供确认。
三、请贵厂收函后三个工作日内回复报价。
联系人：张斌，电话：0747-2201536，邮箱：hyfw@yeyang.gov.cn。
附件：1.会议用餐垫规格表
2.餐垫图案样稿
袼阳市会议服务中心
2025年4月3日
""",
    ),
    dict(
        slug="mail-text-forward-notice-old-button-boxes-docx",
        site="衲溪县文化馆邮件 (invented forwarded mail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:whg_naxi@naxiwh.cn?msg=20240923-0031",
        title="关于征集老纽扣盒参加家风物件展的通知",
        record_title="转发：关于征集老纽扣盒参加家风物件展的通知.docx",
        date="2024-09-20",
        notes="a forwarded mail as text: the mail headers (with their own 抄送) above the forwarded notice, whose own 抄送 line stays; a file-name record title with 转发：; signature date",
        page="""
!m 发件人：衲溪县文化馆 <whg_naxi@naxiwh.cn>
!m 收件人：各乡镇综合文化站
!m 抄送：馆办公室 <bgs@naxiwh.cn>
!m 发送时间：2024-09-23 09:12
!m 主题：转发：关于征集老纽扣盒参加家风物件展的通知.docx
!m -------- 原始邮件 --------
{T}
{BODY}
!a 此邮件含 1 个附件，点击预览或保存到网盘
!m 来自 衲溪文化云邮 · 手机版
""",
        date_also=["2024-09-23"],
        indent="\u3000\u3000",
        body="""
各乡镇综合文化站：
为弘扬勤俭持家的好家风，县文化馆拟于国庆期间举办“针线里的家风”物件展，现面向全县征集老纽扣盒。有关事项通知如下：
一、征集对象为1990年以前使用的纽扣盒、针线盒，连同盒内纽扣一并征集，并附一段物件背后的家庭故事。
二、请各文化站于9月28日前将征集到的物件送至县文化馆二楼展陈部，展后原物奉还。
联系人：鞠晓燕，电话：0746-8812049。
衲溪县文化馆
2024年9月20日
抄送：县文化和旅游局
""",
    ),
]
