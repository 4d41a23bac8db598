"""holdout157, part F: heavy schoolbags (reducing their weight) and group weddings.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-schoolbag-weight-entry-html",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.zhishishu.example.com/wiki/书包减负",
        title="书包减负",
        record_title="书包减负 - 知识树百科",
        date=None,
        notes="encyclopaedia HTML: contents box, [编辑] links, 词条标签, statistics with 最近更新 (not a date); example year inside a sentence",
        page="""
<html><head><meta charset="utf-8"><title>书包减负 - 知识树百科</title></head><body>
<div class="top">⟦m 知识树百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 书包减负⟧</h1>
<div class="act">⟦a 编辑⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="toc">⟦l 目录 1 背景 2 措施 3 相关标准⟧</div>
{BODY}
<div class="tags">⟦l 词条标签：教育　健康　中小学⟧</div>
<div class="stat">⟦m 浏览次数：8.3万　编辑次数：21　最近更新：2025-04-02⟧</div>
<div class="ft">⟦d 知识树百科内容由用户共同编辑，仅供参考。⟧</div>
</body></html>
""",
        body="""
书包减负，是指采取措施减轻中小学生书包重量，预防学生脊柱侧弯、肩颈劳损等问题的做法。
有研究建议，学生书包重量不宜超过其体重的百分之十。
常见措施包括在教室设置储物柜、教材分册印刷、控制教辅资料数量等。
例如，某地在2019年要求小学一、二年级学生不背书包回家，作业在校内完成。
""",
    ),
    dict(
        slug="app-group-wedding-hosting-script-html",
        site="笔杆子APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://m.biganzi.example.com/share/article/55103",
        title="新时代文明实践集体婚礼主持词",
        record_title="【主持词】新时代文明实践集体婚礼主持词（可直接使用）",
        date="2025-10-01",
        record_date="2025-10-01",
        notes="writing app HTML: open-in-app bar, VIP unlock line between paragraphs, 复制全文 button, hot list; date from the record",
        page="""
<html><head><meta charset="utf-8"><title>【主持词】新时代文明实践集体婚礼主持词（可直接使用）</title></head><body>
<div class="openapp">⟦a 在笔杆子APP中打开，免费复制全文⟧</div>
<h1>⟦t 新时代文明实践集体婚礼主持词⟧</h1>
<div class="u">⟦m 笔杆子用户 喜事主持人小宋　3.2万人看过⟧</div>
{BODY}
<div class="vip">⟦a 复制全文⟧ ⟦a 导出Word⟧</div>
<div class="hot"><p>⟦l 热门范文⟧</p><p>⟦l 婚礼证婚人致辞（精选10篇）⟧</p><p>⟦l 国庆节主持词开场白⟧</p></div>
</body></html>
""",
        body="""
各位来宾、各位亲友：
在这金秋十月、举国欢庆的日子里，二十对新人将在这里举行集体婚礼。
今天的婚礼没有豪车排场，没有铺张宴席，却有最真挚的祝福。
⟦a 剩余内容需开通VIP会员查看，限时5折⟧
下面，有请二十对新人携手走上红毯，接受大家的祝福！
请证婚人为新人们颁发纪念证书。
让我们共同祝愿新人们百年好合、幸福美满！
""",
    ),
    dict(
        slug="mail-group-wedding-registration-html",
        site="珉溪县民政局 webmail (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.mxmzj.example.gov.cn/reademail?id=GW5521",
        title="关于组织开展2025年国庆集体婚礼报名工作的通知",
        record_title="转发：关于组织开展2025年国庆集体婚礼报名工作的通知",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="webmail reading view: header table, attachment bar, reply/forward buttons; send date differs from the notice date (document's expected, send date accepted); the notice's own 附件 list and 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于组织开展2025年国庆集体婚礼报名工作的通知 - 政务邮箱</title></head><body>
<div class="tb">⟦a 回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 打印⟧</div>
<table class="hdr"><tr><td>⟦m 发件人：婚姻登记处 &lt;hydj@mxmzj.example.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年8月18日 10:26⟧</td></tr>
<tr><td>⟦m 收件人：各乡镇民政办⟧</td></tr></table>
{BODY}
<div class="att">⟦l 附件 1 个（报名表.docx 21KB）　下载　预览⟧</div>
</body></html>
""",
        body="""
各乡镇民政办、各婚姻登记点：
为倡导婚事新办、简办，县民政局、县妇联定于国庆节期间举办集体婚礼，现将报名工作通知如下。
一、报名对象：2025年1月1日以后在我县登记结婚的新人，自愿参加。
二、报名时间：8月20日至9月10日，名额三十对。
三、活动费用全部由主办单位承担，不收取新人任何费用。
联系人：蓝晓敏，电话：0736-5233018。
附件：集体婚礼报名表
珉溪县民政局
2025年8月15日
""",
    ),
    dict(
        slug="gov-schoolbag-measures-text",
        site="瑗州市教育局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.yuanzhou.example.gov.cn/zwgk/2025/0225/1208.html",
        title="关于切实减轻中小学生书包重量的若干措施",
        record_title="关于切实减轻中小学生书包重量的若干措施",
        date="2025-02-25",
        record_date="2025-02-25",
        notes="portal text with 索引号 and 文号 lines (文号 neutral); record date; breadcrumbs and a 政策解读 link",
        page="""
!m 瑗州市教育局
!m 首页 > 政务公开 > 政策文件
!m 索引号：00321456-8/2025-00071　　主题分类：教育
{T}
瑗教发〔2025〕6号
{BODY}
!l 政策解读：一图读懂减轻书包重量措施
!m 瑗州市教育局主办　　网站地图　　联系我们
""",
        body="""
各县（市、区）教育局，市直各学校：
为保护中小学生身体健康，现提出如下措施。
一、小学一至三年级学生书包重量不超过体重的百分之十，其他年级不超过百分之十五。
二、学校应在教室设置学生储物柜，非当日使用的教材和学具存放在校。
三、严格控制教辅资料，不得要求学生购买和携带额外练习册。
四、每学期开展一次书包称重抽查，结果纳入学校工作考核。
瑗州市教育局
2025年2月25日
""",
    ),
    dict(
        slug="news-group-wedding-red-flag",
        site="琮川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.congchuanrm.example.cn/xw/2025/1002/40918.html",
        title="二十对新人在红色教育基地举行集体婚礼",
        record_title="二十对新人在红色教育基地举行集体婚礼",
        date="2025-10-02",
        notes="county media text: 稿源/记者 line, photo captions between paragraphs, 编辑/审核 tail glued, share bar; hard-wrapped at 64 columns",
        page="""
!m 琮川融媒　新闻中心
!m 2025-10-02 18:20　稿源：琮川县融媒体中心　记者：查雨
{T}
{BODY}
!l 分享到：微信 朋友圈 微博
!l 更多新闻 >>
""",
        wrap=64,
        body="""
10月1日上午，琮川县“简约婚礼　幸福同行”集体婚礼在县红色教育基地举行，二十对新人在亲友的见证下携手步入婚姻殿堂。
⟦m （图为集体婚礼现场）⟧
新人们在革命先辈纪念碑前献花，共同宣读了婚事新办承诺书。
县妇联为每对新人送上一本家风家训读本和一棵寓意扎根的银杏树苗。
新人代表宋可说，不摆排场、不收高额彩礼，两个人把日子过好才最重要。⟦m 编辑：麦雯　审核：龙飞⟧
""",
    ),
    dict(
        slug="fanwen-schoolbag-speech-parents",
        site="公文宝典网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gwbaodian.example.com/jh/jiaoyu/22910.html",
        title="在家长会上关于书包减负的讲话",
        record_title="在家长会上关于书包减负的讲话（通用5篇）",
        date=None,
        notes="范文 site text: 5篇 collection decoration, a 本文目录 list, a relative time (2天前, no date), a writing-service prompt on a line of its own between paragraphs, blank-line gaps, a 下载 prompt",
        page="""
!m 公文宝典网 | 公文写作好帮手
!m 首页 › 讲话稿 › 教育讲话
{T}
!m 2天前　热度：4512
!l 本文目录：篇一　篇二　篇三　篇四　篇五
{BODY}
!a 喜欢这篇文章？点击下载完整版（含5篇）
!l 上一篇：开学典礼校长讲话稿
!l 下一篇：期中考试总结表彰会讲话
""",
        indent="　　",
        gap=True,
        body="""
各位家长：
大家好！今天想和大家聊一聊孩子书包的事。
上学期我们做过一次称重，全班书包平均重量超过五公斤，有的孩子书包比自己体重的五分之一还重。
⟦w 原创讲话稿定制，加客服微信gwbd_2025，当天交稿⟧
从这学期起，学校为每个孩子配了储物柜，课本可以放在学校。
也请家长们配合，每天晚上和孩子一起按课表整理书包，不带用不着的东西。
让孩子轻装上学，快乐成长，需要我们共同努力。谢谢大家！
""",
    ),
    dict(
        slug="wenku-group-wedding-plan-html",
        site="慧文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.huiwenku.example.com/doc/0a77e3c1.html",
        title="2025年“移风易俗”集体婚礼活动方案",
        record_title="2025年“移风易俗”集体婚礼活动方案（最新）",
        date="2025-07-22",
        notes="文库 preview HTML: page-marker paragraphs ‹p2› cut sentences, preview-end prompt, 下载 buttons, upload notice; decorated title",
        page="""
<html><head><meta charset="utf-8"><title>2025年“移风易俗”集体婚礼活动方案（最新）- 慧文库</title></head><body>
<div class="hd">⟦m 慧文库⟧ ⟦a VIP会员⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 慧文库 &gt; 实用文档 &gt; 活动方案⟧</div>
<h1>⟦t 2025年“移风易俗”集体婚礼活动方案⟧</h1>
<div class="meta">⟦m 页数：5　大小：36.5KB　下载：218⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 试读已结束，下载文档阅读全部内容⟧ ⟦a 立即下载⟧</div>
<div class="dis">⟦d 文档由用户上传，慧文库仅提供信息存储空间服务。⟧</div>
</body></html>
""",
        pages=dict(fmt="‹p{n}›", every=120, start=2),
        body="""
为推进移风易俗，倡导文明婚俗新风，决定于国庆期间举办集体婚礼，特制定本方案。
一、活动主题：喜结良缘　新风相伴。
二、参加对象：全县本年度登记结婚的新人，自愿报名，择优确定二十对。
三、活动内容：新人宣誓、证婚人致辞、家风故事分享、植树纪念等环节，不设宴席，不燃放烟花爆竹。
四、组织保障：县文明办牵头，民政局负责报名审核，团县委、妇联负责现场组织。
琅坪县精神文明建设委员会办公室
2025年7月22日
""",
    ),
    dict(
        slug="print-schoolbag-survey-report",
        site="瑄田教育科学研究所 (invented) print view",
        style="打印页",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.xtjks.example.cn/print/?id=708",
        title="全市小学生书包重量调查报告",
        record_title="打印预览 - 全市小学生书包重量调查报告",
        date="2025-05-30",
        notes="print view text: print buttons, original URL line, a data table kept, print footer 第1页/共1页 and a print time stamp (not a date)",
        page="""
!a [打印]　[返回]
!m 原文地址：http://www.xtjks.example.cn/kyjb/708.html
{T}
{BODY}
!m 打印于 2025-06-17 09:02
!m 第1页/共1页
""",
        body="""
今年4月，市教科所对全市二十所小学的三千二百名学生书包重量进行了抽样调查。
年级　平均书包重量（千克）　超过体重10%的比例
一至二年级　2.6　18%
三至四年级　3.9　37%
五至六年级　4.7　41%
调查发现，教辅资料、水杯和课外书是书包偏重的主要原因。
建议各校落实储物柜配置，并将书包重量纳入家校共育内容。
瑄田市教育科学研究所
2025年5月30日
""",
    ),
    dict(
        slug="wechat-group-wedding-pledge",
        site="璜阳妇联 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://weixin.mirror-hub.example.com/hyfl/a/9920",
        title="婚事新办，从我做起——致全区适婚青年的倡议书",
        record_title="婚事新办，从我做起——致全区适婚青年的倡议书",
        date="2025-05-20",
        record_date="2025-05-20",
        notes="WeChat mirror text: account line, 点击蓝字关注, 阅读原文, 在看/分享 bar; the letter asks readers to 扫码报名 as content; record date",
        page="""
!a 点击蓝字　关注我们
!m 璜阳妇联　2025年05月20日 12:00
{T}
{BODY}
!m 来源：区妇联家庭和儿童工作部
!l 分享　在看　点赞　留言
!a 阅读原文
""",
        body="""
全区适婚青年朋友们：
婚姻是人生大事，幸福不在排场大小，而在两颗心的真诚相守。
我们倡议：不攀比彩礼、不大操大办、不铺张浪费，让婚礼回归温馨简朴。
欢迎有意参加集体婚礼的新人扫描文末二维码报名，我们将为您送上一份特别的祝福。
璜阳区妇女联合会
2025年5月20日
""",
    ),
    dict(
        slug="snapshot-schoolbag-lockers-news",
        site="珣城日报 (invented) in a search snapshot",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kuaizhao.bingyu.example.com/cache?d=xunchengrb_20250912",
        title="储物柜进教室，孩子书包轻了三斤",
        record_title=None,
        date="2025-09-12",
        notes="snapshot text: banner with cache time, the newspaper's nav, a 发布时间 line as the page's date; no record title (found on the page)",
        page="""
!m 原页面打不开？这里是网页快照，保存于 2025年9月14日
!a 点此访问原网页
!m 珣城日报　数字报｜新闻｜评论
{T}
!m 发布时间：2025-09-12 08:10　来源：珣城日报
{BODY}
!m 珣城日报社版权所有，未经书面授权禁止转载
""",
        body="""
新学期开学，珣城市第二实验小学的每间教室后面都多了一排蓝色储物柜。
四年级学生吴思彤说，现在课本和美术工具都放在柜子里，回家只背作业本，书包轻了三斤多。
校长介绍，学校还调整了作业布置方式，书面作业尽量在校内完成。
今年全市已有六十八所小学配齐教室储物柜。
""",
    ),
    dict(
        slug="forum-schoolbag-parents-junk",
        site="瑭水妈妈圈论坛 (invented)",
        style="论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://bbs.tsmama.example.com/thread-30318-1-1.html",
        title="一年级孩子书包快6斤，正常吗？",
        record_title="一年级孩子书包快6斤，正常吗？ - 育儿交流 - 瑭水妈妈圈",
        date="2025-09-05",
        notes="forum text: junk lines and glued junk, 发表于 line the page's date, a 'scan to join the parents' group' prompt as contact chrome, reply floors",
        page="""
!m 瑭水妈妈圈 › 育儿交流
{T}
!m 楼主：豆豆妈　发表于 2025-9-5 22:48　|　只看楼主
{BODY}
!w 扫码加入瑭水一年级家长交流群，群满请加管理员微信tsmama01
!l 沙发：我家也是，水杯就占了一斤
!l 板凳：可以问问老师能不能把课本放学校
""",
        junk=dict(lines=2, glued=1),
        body="""
孩子刚上一年级，今天称了一下书包，快六斤了。
里面有语文数学课本、三个练习本、一个铅笔盒，还有一个大水杯。
孩子才四十斤出头，背着书包走路都往后仰。
听说有的学校有储物柜，我们学校好像没有，想问问大家是怎么处理的。
""",
    ),
    dict(
        slug="community-wedding-volunteers-news",
        site="琨岭市荷塘社区 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hetangsq.example.cn/sqdt/2025/1108/515.html",
        title="荷塘社区为困难家庭新人办起“邻里集体婚礼”",
        record_title="荷塘社区为困难家庭新人办起“邻里集体婚礼”",
        date="2025-11-08",
        notes="residents' site text: a 志愿者报名 button glued after a sentence, comment box, footer; the community's own 报名电话 kept",
        page="""
!m 荷塘社区网　您身边的社区
!m 社区动态 > 邻里故事
{T}
!m 发布时间：2025-11-08　阅读：188
{BODY}
!l 邻居们说（2）
!l 我来说两句（需登录）
!m 荷塘社区居委会　地址：琨岭市荷塘路6号
""",
        body="""
11月6日，荷塘社区在社区广场为六对困难家庭新人举办了一场“邻里集体婚礼”。
婚纱由社区志愿者联系爱心商家免费租借，喜糖和鲜花由邻居们自发凑份子购买。
社区党委书记作为证婚人，为新人送上祝福。⟦a 我要当志愿者⟧
社区计划每年举办一次邻里集体婚礼，有意参加的居民可拨打0738-2287016报名。
""",
    ),
]
