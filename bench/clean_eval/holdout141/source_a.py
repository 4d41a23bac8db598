"""holdout141, part A. Invented text, sites, places and chrome; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-qiaobi-melodica-club-summary",
        site="巧笔范文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qiaobi99.com/zongjie/xuexiao/20250630/77812.html",
        title="蒿溪县第二实验小学口风琴社团2024—2025学年工作总结",
        record_title="【优选】蒿溪县第二实验小学口风琴社团2024—2025学年工作总结（通用3篇）",
        date="2025-06-27",
        notes="decorated record title; 成文日期 under the signature; chrome glued after a sentence and a box between paragraphs",
        page="""
!m 巧笔范文库｜写材料不再愁
!m 位置：首页 / 总结大全 / 学校社团总结
!t 【优选】蒿溪县第二实验小学口风琴社团2024—2025学年工作总结（通用3篇）
!m 收录于2025-06-30　人气：864　整理：砚秋
!a 〔全文复制〕〔存为文档〕〔我要纠错〕
{BODY}
!a 本篇范文还剩1篇未显示，开通会员畅读全部3篇。
!l 同类推荐
!l ▸ 小学合唱社团学期总结
!l ▸ 校园器乐兴趣小组活动记录
!d 本库文章多为用户投稿，若涉及您的权益，请通过页面底部反馈入口联系处理。
!m 巧笔范文库 qiaobi99.com　浙ICP备21037716号
""",
        indent="\u3000\u3000",
        body="""
本学年，口风琴社团在学校艺术教育中心指导下，坚持“人人会一件乐器”的目标，面向三至五年级招收社员86名，分初级、提高两个班，每周二、周四下午课后服务时段各开展一次集中训练。
一、主要做法
（一）分层教学。初级班从吹奏姿势、换气和单音练习起步，提高班重点练习双手配合与简单和声，每位社员建立一张“练习卡”，由家长签字记录每日练习时长。⟦a 点此一键复制本段⟧
（二）以演促练。社团先后参加学校元旦文艺汇演、县“六一”少儿器乐展演，合奏曲目《小白船》获县级二等奖。
⟦l 相关范文：少儿器乐展演活动方案（可下载）⟧
（三）家校协同。期中举办一次“家庭音乐会”开放日，邀请32个家庭到校观摩，家长反映孩子练习主动性明显增强。
二、存在问题
部分社员乐器保管不规范，吹嘴清洁不及时；提高班人数偏少，声部不够均衡。
三、下学年打算
计划增设低年级启蒙班，修订乐器消毒和借用登记制度，并争取与县少年宫合作开展一次校际交流。
蒿溪县第二实验小学艺术教育中心
2025年6月27日
""",
    ),
    dict(
        slug="wenku-duanmo-harmonium-repair-plan",
        site="端墨文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.duanmo.cn/view/5f2c81aa09e1.html",
        title="芩川镇乡村学校脚踏风琴修复利用工作方案",
        record_title="芩川镇乡村学校脚踏风琴修复利用工作方案.docx",
        date=None,
        notes="file-name record title; preview markers of my own cutting sentences; upload stamp and page count are no date",
        page="""
!m 端墨文库 · 专业文档在线预览
!t 芩川镇乡村学校脚踏风琴修复利用工作方案.docx
!m 上传者：岭上云　　上传时间：2025-03-04 21:17　　格式：DOCX　　页数：4
!a 下载所需：8 墨点　　立即下载　　加入书架
{T}
{BODY}
!a —— 预览已到末页，余下2页请下载后阅读 ——
!d 文档内容由上传用户提供，平台不对内容的完整性和准确性负责，如有问题请提交申诉。
!l 你可能喜欢：乡村学校音乐教室建设方案｜闲置教学设备盘活利用报告
""",
        pages=dict(fmt="☞{n}☜", every=260, start=2, glue="mix"),
        body="""
为盘活乡村学校闲置教学设备，丰富学生艺术课程，镇中心学校决定对辖区各村小现存的脚踏风琴开展一次集中修复和利用，特制定本方案。
一、基本情况
经摸底，全镇7所村小共存脚踏风琴23台，其中能正常使用的5台，需更换风箱皮或踏板的11台，音簧损坏严重、无修复价值的7台。
二、工作目标
年内修复风琴16台，做到每所村小至少有2台可用于音乐课；组织音乐教师培训一次，使其掌握日常调音和简单保养方法。
三、实施步骤
（一）登记评估（3月）。各校填写《风琴现状登记表》，拍照留存，报中心学校汇总。
（二）集中修复（4月至6月）。委托县内乐器维修人员分批上门修复，更换零件所需费用从公用经费中列支。
（三）培训使用（9月）。组织各村小音乐教师到中心学校参加风琴保养培训，并将风琴伴奏纳入音乐课教学计划。
四、工作要求
各校要指定一名教师负责风琴管理，建立使用登记本，雨季做好防潮，不得将风琴堆放在杂物间。
""",
    ),
    dict(
        slug="gov-lanxi-tongue-drum-public-class",
        site="澜溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lanxi.gov.cn/zwgk/tzgg/202504/t20250408_93021.html",
        title="澜溪县文化馆关于开展2025年春季钢舌鼓公益课堂招生的通知",
        record_title=None,
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="modern county portal with index table, font row and old-age mode; the notice's own 咨询电话 next to the portal's hotline; 成文日期 differs from the publish line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>澜溪县文化馆关于开展2025年春季钢舌鼓公益课堂招生的通知-澜溪县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var site_id=88;</script>
<style>.top{height:40px}</style></head>
<body>
<div class="top">⟦a 无障碍浏览⟧ ⟦a 长辈版⟧ ⟦a 简体｜繁體⟧</div>
<div class="logo">⟦m 澜溪县人民政府　www.lanxi.gov.cn⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进澜溪⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索 引 号：LX-0217-2025-00391⟧</td><td>⟦m 发布机构：澜溪县文化馆⟧</td></tr>
<tr><td>⟦m 主题分类：文化、广电、新闻出版⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-08 09:30　浏览次数：1276⟧　⟦a 字号：[ 大 中 小 ]⟧</div>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related">⟦l 相关信息：澜溪县文化馆2025年免费开放服务公示⟧</div>
<div class="footer">
<p>⟦m 主办：澜溪县人民政府办公室　承办：澜溪县融媒体中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站标识码：4408230019⟧</p>
<p>⟦m 粤ICP备11098352号　粤公网安备44082302000167号⟧</p>
</div>
</body></html>
""",
        body="""
各镇（街道）综合文化站，县直有关单位：
为满足群众多样化文化需求，县文化馆决定于2025年4月至6月开设春季钢舌鼓公益课堂，现将有关事项通知如下。
一、招生对象
本县户籍或常住的中小学生及成年人，年龄8周岁以上，零基础均可报名。
二、课程安排
共开设2个班，每班20人，每周六上午授课，每次90分钟，共10课时。课程包括节拍认识、基本敲击手法、简单乐曲演奏等内容，乐器由文化馆统一提供。
三、报名方式
请于4月18日前到县文化馆一楼服务台现场报名，或拨打咨询电话报名，额满即止。
咨询电话：0662-8812307（工作日8:30—17:00）
联系人：罗老师
澜溪县文化馆
2025年4月7日
""",
    ),
    dict(
        slug="news-yunhe-hand-drum-square",
        site="云禾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yunhe.com.cn/shehui/2025/0512/c301-55120.html",
        title="非洲鼓敲响社区夜广场 柘湾街道百人鼓队首次亮相",
        record_title="非洲鼓敲响社区夜广场 柘湾街道百人鼓队首次亮相_社会_云禾新闻网",
        date="2025-05-12",
        notes="news portal: decorated title with column and site; byline time is the date; image caption and a hot-read box between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>非洲鼓敲响社区夜广场 柘湾街道百人鼓队首次亮相_社会_云禾新闻网</title>
<script>window.adSlots=["top","right"];</script></head>
<body>
<div id="hd">⟦m 云禾新闻网⟧ ⟦m 本地｜社会｜财经｜文旅｜视频⟧ ⟦a 登录　注册⟧</div>
<div class="loc">⟦m 云禾新闻网 &gt; 社会 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-05-12 20:41　来源：云禾晚报　记者 陶颖 通讯员 阙明⟧</div>
<div class="share">⟦l 分享：朋友圈 | 微博 | 复制链接⟧</div>
<div class="content">
{BODY}
</div>
<p class="editor">⟦m 【责任编辑：聂小川】⟧</p>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ul><li>⟦l 云禾东站改造完工 五一前通车⟧</li><li>⟦l 夜市新规下月实施⟧</li></ul></div>
<div class="ft">⟦d 本网所刊稿件未经授权不得转载，违者必究。⟧<br>⟦m 新闻热线：0738-96033　举报邮箱：jubao@yunhe.com.cn⟧</div>
</body></html>
""",
        body="""
5月11日晚，柘湾街道文化广场上鼓声阵阵，由辖区居民自发组建的“柘湾鼓韵”非洲鼓队首次公开演出，百余名鼓手齐奏，吸引了上千名群众驻足观看。
鼓队负责人严秀芬介绍，队伍去年10月成立，成员从12岁的学生到68岁的退休职工都有，每周在社区活动中心排练两次，“大家凑钱买鼓，请了县里的老师来教，现在已经能完整演奏五首曲子”。
⟦m 图为演出现场。记者 陶颖 摄⟧
为避免扰民，街道与鼓队约定，夜间排练不超过晚上8点半，并在广场周边设置了音量监测提示牌。
“以前晚上就是跳跳广场舞，现在多了个新玩法。”居民康大爷说，他和老伴都报了名，准备下半年加入鼓队。
据了解，柘湾街道下一步将依托新时代文明实践站，为鼓队提供固定排练场地，并组织其参加全市社区文化节展演。
""",
    ),
    dict(
        slug="forum-haojiang-steel-drum-notice",
        site="濠江生活论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.haojiang.net/thread-640218-1-1.html",
        title="濠江区青少年宫钢鼓乐团2025年暑期招新通知",
        record_title="[转帖] 濠江区青少年宫钢鼓乐团2025年暑期招新通知（有兴趣的家长看过来）",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="forum repost with anti-scraping junk; the post's 发表于 differs from the notice's date; a relative reply time is no date",
        page="""
!m 濠江生活论坛 › 亲子教育 › 兴趣班交流
!t [转帖] 濠江区青少年宫钢鼓乐团2025年暑期招新通知（有兴趣的家长看过来）
!m 楼主：橙子妈妈_2017　发表于 2025-6-23 10:02　只看该作者
!m 查看: 2318 | 回复: 17
{BODY}
!a 本帖最后由 橙子妈妈_2017 于 2025-6-23 10:05 编辑
!l 回复 #2 小鱼爸：请问零基础能报吗？（3天前）
!l 回复 #3 橙子妈妈_2017：可以的，通知里写了
!a 您需要登录后才可以回帖　登录 | 立即注册
!d 论坛帖子仅代表网友个人观点，与本站立场无关。
""",
        junk=dict(lines=2, glued=2),
        body="""
各位家长、同学：
濠江区青少年宫钢鼓乐团现面向全区招收新团员，有关事项通知如下。
一、招收对象：全区小学三年级至初中二年级在校学生，身体健康，热爱音乐，有无乐器基础均可。
二、招收人数：30名，其中高音钢鼓18名、中低音钢鼓12名。
三、考核方式：7月5日上午在青少年宫三楼排练厅进行简单的节奏模仿和音高辨认测试，不需自备乐器。
四、训练安排：暑期集训每周三次，开学后每周六下午训练，训练期间不收取学费，统一配发演出服。
五、报名办法：6月30日前到青少年宫一楼服务台填写报名表，需携带学生近期一寸照片两张。
联系电话：0754-83317920（周二至周日）
濠江区青少年宫
2025年6月20日
""",
    ),
    dict(
        slug="blog-songtao-kalimba-teaching-essay",
        site="松涛的音乐小屋 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://songtao-music.blog.example-hk.net/archives/2025/03/kalimba.html",
        title="在留守儿童之家教卡林巴拇指琴的一点体会",
        record_title="在留守儿童之家教卡林巴拇指琴的一点体会 | 松涛的音乐小屋",
        date="2025-03-16",
        notes="old-style personal blog: sidebar with archive and tag cloud; bracketed post time is the date; a visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在留守儿童之家教卡林巴拇指琴的一点体会 | 松涛的音乐小屋</title></head>
<body bgcolor="#f5f0e6">
<table width="960" align="center"><tr><td colspan="2">⟦m 松涛的音乐小屋⟧<br>⟦m ——一个乡村音乐老师的自留地⟧</td></tr>
<tr><td width="720">
<h2>{T}</h2>
<p class="posted">⟦m [2025-03-16 22:08]　分类：支教手记⟧</p>
{BODY}
<p>⟦l 标签：卡林巴 / 留守儿童 / 音乐课⟧</p>
<p>⟦l 评论(6)　引用(0)　阅读(391)⟧</p>
<p>⟦l « 上一篇：春天的第一节音乐课⟧ ⟦l 下一篇：给孩子们的简谱小卡片 »⟧</p>
</td><td width="240" valign="top">
<div>⟦l 文章归档：2025年03月(4) 2025年02月(2) 2025年01月(5)⟧</div>
<div>⟦l 常用标签：支教 乐理 儿歌 拇指琴 读书⟧</div>
<div>⟦m 您是本站第 018342 位访客⟧</div>
</td></tr></table>
<center>⟦d 本博客文字均为原创，转载请注明出处并保留链接。⟧</center>
</body></html>
""",
        body="""
今年寒假后，我在镇上的留守儿童之家开了一个卡林巴拇指琴兴趣班，每周三放学后上一节课，来的孩子有十一个。
选卡林巴，是因为它便宜、好带、上手快。一把十七音的琴，网上几十块钱，孩子们第一节课就能弹出《小星星》，那种高兴劲儿我到现在还记得。
教的过程中我也走了些弯路。一开始我按照教材从乐理讲起，讲了两次，孩子们明显坐不住。后来我改成先弹后讲，每节课教一首短曲，弹会了再告诉他们这几个音叫什么、为什么这样排列，效果好了很多。
最让我感动的是小敏。她父母都在外地打工，平时话很少，可是每次课都提前十分钟到，下课了还要再弹一遍才肯走。上个月她用卡林巴给视频里的妈妈弹了一首《世上只有妈妈好》，妈妈在那头哭了。
音乐不一定能改变孩子的命运，但它能让孩子在孤单的时候有一件可以做的事。这学期结束前，我打算带孩子们在儿童之家办一场小小的演奏会。
""",
    ),
    dict(
        slug="wechat-qinghu-french-horn-concert",
        site="青湖县青少年交响乐团公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://mp.wxmirror.example.org/s/QH_horn_20250521",
        title="圆号声部专场音乐会圆满举行",
        record_title="圆号声部专场音乐会圆满举行｜青湖青少年交响乐团",
        date="2025-05-20",
        notes="WeChat mirror: account line with its date, 阅读原文 and 在看 row, a follow prompt; the article itself asks readers to scan a code (kept)",
        page="""
!t 圆号声部专场音乐会圆满举行｜青湖青少年交响乐团
!m 青湖青少年交响乐团　2025年05月20日 19:32　浙江
!a 点击上方蓝字，关注我们
{BODY}
!m 文字｜谭知远　图片｜乐团宣传组　编辑｜米粒
!m 审核｜沈嘉
!a 阅读原文
!l 赞 12　在看 5　分享
!l 写留言
!d 本文由镜像站自动抓取，版权归原公众号所有。
""",
        body="""
5月18日晚，青湖县青少年交响乐团圆号声部专场音乐会在县文化艺术中心小剧场举行，这也是乐团成立六年来首次以单一声部为主角举办的专场演出。
音乐会由乐团圆号声部的9名小团员联袂演出，曲目涵盖了莫扎特《第一圆号协奏曲》第一乐章、民歌改编曲《茉莉花》以及圆号四重奏《森林狩猎》等。
声部指导老师邹洋介绍，圆号被称为“最难吹的铜管乐器”之一，孩子们从零起步，坚持每天练习长音和唇部振动，才有了今天的舞台表现。
“站上台的那一刻很紧张，但吹出第一个音就不怕了。”13岁的团员杜可欣说。
乐团下半年还将陆续举办木管、打击乐声部专场。想了解乐团招新信息的家长，可扫描文末二维码添加乐团老师微信咨询。
""",
    ),
    dict(
        slug="docshare-yunqi-bawu-lesson-plan",
        site="云栖文档分享 (invented)",
        style="文档分享",
        genre="教案",
        kind="other",
        form="text",
        source="https://doc.yunqi-share.com/d/8841027.html",
        title="六年级音乐《巴乌的吹奏》教学设计",
        record_title=None,
        date=None,
        notes="missing record title found on the page; hard-wrapped text at 66 columns; share stamp and relative time are no date",
        page="""
!m 云栖文档分享　|　文档 / 教育 / 小学音乐
!t 六年级音乐《巴乌的吹奏》教学设计
!m 分享于 3天前　|　1.2万次浏览　|　文档大小 46KB
!a 收藏　|　举报　|　导出
{BODY}
!a 喜欢这份文档？点击“导出”即可保存到本地。
!l 更多同类文档：葫芦笙吹奏教学设计　民族吹管乐器欣赏课件
!m 云栖文档分享 yunqi-share.com 沪ICP备19044702号-3
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
一、教学目标
1.认识云南少数民族吹管乐器巴乌，了解它的构造和发音原理。
2.学会巴乌的基本持法和吹奏姿势，能吹奏简单的五声音阶。
3.在欣赏和实践中感受民族音乐的魅力，增强对民族文化的认同。
二、教学重点与难点
重点是掌握巴乌的持法和吹奏气息；难点是指孔按放严密，使音色圆润不漏气。
三、教学过程
（一）导入。播放巴乌独奏曲《渔歌》片段，请学生说说听到的音乐像什么，引出课题。
（二）新授。教师出示巴乌实物，介绍吹口、簧片和八个指孔，示范正确持法；学生两人一组互相检查手型，再跟着教师练习长音。
（三）练习。学生分组吹奏“do re mi sol la”五个音，教师巡回纠正，选两组上台展示。
（四）小结。师生共同总结吹奏要领，布置课后每天练习十分钟长音。
四、教学反思
本课学生兴趣浓厚，但部分学生气息控制不稳，下一课时应增加呼吸练习。
""",
    ),
    dict(
        slug="edu-liaoshan-panpipe-school-feature",
        site="蓼山县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lsjy.edu.cn/xwzx/tzgg/2025-09-03/1871.html",
        title="关于举办蓼山县首届中小学排箫展演活动的通知",
        record_title="关于举办蓼山县首届中小学排箫展演活动的通知-通知公告-蓼山县教育信息网",
        date="2025-09-02",
        notes="old table-layout education site with marquee and 【字体：大 中 小】 row; 附件 list, data table and 抄送 line kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于举办蓼山县首届中小学排箫展演活动的通知-通知公告-蓼山县教育信息网</title>
<script language="javascript" src="/inc/menu.js"></script></head>
<body>
<table width="980"><tr><td>⟦m 蓼山县教育信息网⟧</td><td>⟦m 办人民满意的教育⟧</td></tr></table>
<table width="980"><tr><td>⟦m 网站首页⟧</td><td>⟦m 教育新闻⟧</td><td>⟦m 通知公告⟧</td><td>⟦m 教研天地⟧</td><td>⟦m 资源下载⟧</td></tr></table>
<marquee>⟦l 热烈祝贺我县在全市中小学艺术节中取得佳绩！⟧</marquee>
<table width="980"><tr><td>⟦m 当前位置：首页 &gt;&gt; 通知公告⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：县教体局体卫艺股　来源：本站原创　点击数：566　更新时间：2025-9-3⟧</td></tr>
<tr><td align="center">⟦a 【字体：大 中 小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇文章：关于做好秋季学期学生资助工作的通知⟧</td></tr>
<tr><td>⟦l 下一篇文章：蓼山县教体局2025年教师节表彰名单公示⟧</td></tr>
</table>
<table width="980"><tr><td>⟦m 版权所有：蓼山县教育和体育局　地址：蓼山县文昌路12号　电话：0830-7712006⟧<br>⟦m 技术支持：蓼山网络科技　蜀ICP备09001284号⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学校：
为推进学校美育工作，展示我县中小学民族器乐教学成果，经研究，决定举办蓼山县首届中小学排箫展演活动。现将有关事项通知如下。
一、展演时间和地点
2025年10月24日，县青少年活动中心剧场。
二、参演要求
1.每校可报送独奏节目1个、合奏节目1个，合奏人数不超过16人。
2.节目时长独奏不超过4分钟，合奏不超过6分钟。
3.曲目须为适合中小学生演奏的健康作品，鼓励改编本地民歌。
三、名额分配
组别　独奏名额　合奏名额
小学组　12　8
初中组　8　6
高中组　4　2
四、报名办法
请各校于9月30日前将报名表纸质稿加盖公章报县教体局体卫艺股，电子稿发送至lsjtj_twy@163.com。
附件：1.蓼山县首届中小学排箫展演报名表
2.展演评分细则
蓼山县教育和体育局
2025年9月2日
抄送：县文化馆，县青少年活动中心。
""",
    ),
    dict(
        slug="intranet-xianghe-rawap-workshop-minutes",
        site="祥和民族乐器有限公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xianghe-yq.local/doc/view?id=20250415-007",
        title="热瓦甫制作车间质量提升专题会议纪要",
        record_title="【车间纪要】热瓦甫制作车间质量提升专题会议纪要",
        date="2025-04-15",
        date_also=["2025-04-14"],
        notes="intranet document view with its 流转记录; minutes' 时间/地点/主持/参会/记录 lines kept; 印发 date expected, meeting date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【车间纪要】热瓦甫制作车间质量提升专题会议纪要 - 祥和协同办公</title>
<script>var uid="u0932";</script></head>
<body>
<header>⟦m 祥和协同办公平台⟧ ⟦m 待办(3)　已办　公文　通讯录⟧ ⟦a 退出登录⟧</header>
<nav>⟦m 公文管理 / 收文 / 查看⟧</nav>
<h2>{T}</h2>
<div class="docinfo">⟦m 密级：内部　紧急程度：一般　发文部门：生产管理部⟧</div>
<article>
{BODY}
</article>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-04-15 10:12 买买提（生产管理部）拟稿⟧</p>
<p>⟦m 2025-04-15 14:40 古丽（总经理办公室）已阅⟧</p></div>
<div class="btns">⟦a 打印　导出PDF　转发⟧</div>
<footer>⟦d 内部资料 注意保密 请勿外传⟧</footer>
</body></html>
""",
        body="""
时间：2025年4月14日下午3时
地点：公司二楼会议室
主持：艾山江（副总经理）
参会：生产管理部、质检部、热瓦甫制作车间班组长及技术骨干共12人
记录：买买提
会议听取了热瓦甫制作车间一季度质量情况汇报，分析了返修率偏高的原因，研究部署了质量提升措施。现纪要如下。
一、一季度车间共完成热瓦甫412把，出厂检验返修37把，返修率9.0%，主要问题是琴皮松紧不一、品位不准和琴头开裂。
二、会议要求，琴皮蒙制工序严格执行湿度记录制度，车间湿度低于45%时暂停蒙皮作业。
三、木料须经不少于六个月自然干燥，质检部对每批木料抽检含水率，不合格批次一律退回。
四、品位安装统一使用新购置的定位模具，技术骨干对新员工进行一对一带教。
五、二季度返修率力争控制在5%以内，质检部每月通报一次。
祥和民族乐器有限公司生产管理部
2025年4月15日
""",
    ),
    dict(
        slug="qa-wenda-tuba-brass-question",
        site="问答驿站 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.wendayizhan.com/q/2290417",
        title="孩子初一想学大号，身高不够会不会吹不动？",
        record_title="孩子初一想学大号，身高不够会不会吹不动？ - 问答驿站",
        date="2025-02-26",
        notes="Q&A answer; 回答于 line is the date; vote and follow buttons; an answer that says 关注 in its content",
        page="""
!m 问答驿站 — 有问题，就有人答
!t 孩子初一想学大号，身高不够会不会吹不动？ - 问答驿站
!m 问题描述：孩子刚上初一，身高1米48，学校管乐团让他选大号，担心吹不动。
!l 关注问题　写回答　邀请回答
!m 最佳答案　·　铜管老金　某县中学管乐团指导教师
!m 回答于 2025-02-26 21:15
{BODY}
!l 赞同 86　　反对　　收起评论
!l 相关问题：大号和上低音号哪个适合初学者？
!l 相关问题：管乐团选乐器要看哪些条件？
!d 内容仅供参考，具体请咨询专业教师。
""",
        body="""
不用太担心。大号看着大，但初中生吹它主要靠的是气息和嘴唇，不是力气。
我带过的学生里，最矮的初一刚入团时1米45，现在是团里的大号首席。身高矮一点，主要是抱琴姿势要调整：坐着吹，琴放在腿上或者用专用支架，不要硬撑着站着吹。
有三点建议：
1.先用小一号的三阶大号或者上低音号过渡半年，等肺活量和唇力上来了再换。
2.每天练长音十分钟，比练曲子重要得多。
3.注意保护牙齿和嘴唇，换牙期或者戴牙套的孩子要提前跟老师说。
另外，家长可以关注一下孩子吹完之后的状态，如果经常说头晕，就要减少练习时长，循序渐进。
""",
    ),
]
