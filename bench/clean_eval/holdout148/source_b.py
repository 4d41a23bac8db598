"""holdout148, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (two each). Invented text."""

CASES = [
    dict(
        slug="blog-zhiyan-journaling-insight-relative-time",
        site="纸砚小记（个人博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://zhiyan.example.blog/2025/journaling-one-year/",
        title="坚持写手账一年，我学会了和时间好好相处",
        record_title="坚持写手账一年，我学会了和时间好好相处 | 纸砚小记",
        date=None,
        notes="blog: relative post time (3天前) is no date; tags, archive and comment box; a sentence of the text tells readers to 下载/打印 her template (kept)",
        gap=True,
        page="""
!m 纸砚小记 · 一个文具爱好者的慢生活
!m 首页 | 手账 | 读书 | 关于我
{T}
!m 发表于 3天前 · 分类：手账日常 · 阅读 2.3k
{BODY}
!l 标签：#手账 #时间管理 #慢生活
!l « 上一篇 我的十支常用钢笔墨水　|　下一篇 旅行手账怎么排版 »
!l 发表评论（已有 41 条）
!l 文章归档：2025年6月(4) 2025年5月(6) 2025年4月(3)
!d © 纸砚小记 本站文字均为原创，转载请联系博主。
""",
        body="""
去年这个时候，我在文具店买下第一本方格手账，原本只是想记记账，没想到一写就是一年。
一开始我总想把每一页都做得漂亮，贴纸、胶带、手绘一样不少，结果三天就坚持不下去了。后来我把要求降到最低：每天只写三件事，做了什么、花了多少钱、明天最重要的一件事。
慢慢地，手账变成了我和自己对话的地方。翻看上个月的记录，我才发现自己每周有将近十个小时花在刷短视频上。
⟦a 喜欢这篇文章？点个赞再走吧⟧
我整理了一份自己用的周计划模板，需要的朋友可以在文末留言，我发给大家下载后打印出来用。
写手账不是为了记录完美的生活，而是为了看见真实的自己。
""",
    ),
    dict(
        slug="blog-banhu-player-html-tagcloud",
        site="弦上秦声（板胡演奏者博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://xianshangqinsheng.example.com/post/2024/11/28/banhu-teaching.html",
        title="教了十年板胡，谈谈初学者最容易走的弯路",
        record_title=None,
        date="2024-11-28",
        notes="blog: missing record title (h2 on page); bracketed post time as the page date; tag cloud, archive, visitor count; a course ad between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>弦上秦声 - 教了十年板胡，谈谈初学者最容易走的弯路</title>
<script>var _hmt=_hmt||[];</script></head>
<body>
<div id="blog-head">⟦m 弦上秦声 —— 一把板胡，半生秦腔⟧</div>
<div id="menu">⟦m 博客首页　文章目录　演奏视频　留言板⟧</div>
<div id="main">
<h2>{T}</h2>
<div class="postmeta">⟦m [2024-11-28 22:05]　作者：秦川老弦　分类：教学随笔⟧</div>
{BODY}
<div class="postfoot">⟦l 阅读(1466) 评论(23) 推荐(35)⟧</div>
</div>
<div id="sidebar">
<div>⟦l 标签云：秦腔 板胡 碗碗腔 定弦 揉弦 考级 老唱片⟧</div>
<div>⟦l 文章存档：2024年11月 2024年10月 2024年09月⟧</div>
<div>⟦m 访问量：318,226⟧</div>
</div>
<div id="foot">⟦d 本博客文章版权归博主所有，转载请注明出处及链接。⟧</div>
</body></html>
""",
        body="""
从县文化馆退休后，我在家里带板胡学生已经十年，前后教过七十多个孩子和二十来位退休老人。
第一个弯路是急于拉曲子。板胡音色高亢，一拉就响，很多人学了两周就要拉《迎亲人》，结果弓法、指法全是毛病，后面要花几倍时间去改。
第二个弯路是定弦不准。板胡的定弦要随剧种变化，秦腔、豫剧、评剧各不相同，初学者最好先固定一种，跟着定音器练耳朵。
⟦a 想系统学习？秦川老弦网课第三期报名中，点此了解⟧
第三个弯路是只练不听。我要求学生每周至少听两段老艺人的唱片，跟着哼唱腔，再上手去拉，味道自然就出来了。
学乐器没有捷径，慢就是快，这是我十年教学最深的体会。
""",
    ),
    dict(
        slug="wechat-mirror-paper-boat-initiative",
        site="微阅站（公众号文章镜像） (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://wx.weiyuezhan.example.com/s/8fQm2cZkT1",
        title="“纸船漂流·守护清溪”环保倡议书",
        record_title="“纸船漂流·守护清溪”环保倡议书",
        date="2025-06-01",
        notes="WeChat mirror: account line with date, follow prompt and 在看 row, original-link line; the initiative's own 扫码 sentence kept; signature date",
        page="""
!m 微阅站 · 公众号文章备份
{T}
!m 原创　清溪少年水环境观察团　2025-06-01 18:30　浙江
!w 点击上方蓝字「清溪少年观察团」关注我们
{BODY}
!a 阅读原文
!l 分享　收藏　在看 213　赞 578
!m 本文镜像自微信公众号，原文链接：mp.weixin.example.qq.com/s/8fQm2cZkT1
""",
        body="""
亲爱的同学们、家长朋友们：
清溪是我们城南片区的母亲河。每年“六一”，我们都会在清溪边举办纸船漂流活动，用一只只写着心愿的纸船，表达对这条小河的爱护。
今年，我们向大家发出倡议：
1. 纸船请使用无涂层的再生纸折叠，活动结束后由志愿者在下游拦网处统一回收，不让一片纸留在河里。
2. 不向清溪丢弃塑料袋、饮料瓶，看到河面垃圾及时告诉河长或志愿者。
3. 每个家庭每月至少参加一次“清溪巡河”，记录水的颜色、气味和河里的小鱼小虾。
扫描海报下方二维码即可报名巡河志愿者，我们会把大家的观察记录汇总成《清溪水环境年度报告》。
让我们从一只纸船开始，守护一条清清的小溪！
清溪少年水环境观察团
2025年6月1日
""",
    ),
    dict(
        slug="wechat-mirror-flag-football-parents-letter-html",
        site="公众号归档站 (invented)",
        style="公众号镜像",
        genre="函",
        kind="letter",
        form="html",
        source="https://gzh.guidangzhan.example.com/a/2025/09/04/yqgl.html",
        title="致全体学生家长的一封信：腰旗橄榄球社团招新啦",
        record_title="致全体学生家长的一封信：腰旗橄榄球社团招新啦_公众号归档站",
        date="2025-09-04",
        notes="WeChat archive page: account card, audio/video placeholder text, reward button, 留言 box; 回执 lines and the school's own 联系电话 kept",
        p_html='<section style="margin:0 8px"><p>{}</p></section>',
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>致全体学生家长的一封信：腰旗橄榄球社团招新啦_公众号归档站</title>
<script>var biz="MzA5NTQ2";var msg_cdn_url="";</script></head>
<body>
<div class="site">⟦m 公众号归档站 · 好文章不丢失⟧</div>
<div id="activity-name"><h1>{T}</h1></div>
<div class="meta">⟦m 松桥实验小学　2025年09月04日 07:50⟧</div>
<div class="hint">⟦w 长按识别二维码，关注“松桥实验小学”⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="comment"><div>⟦l 精选留言⟧</div><div>⟦l 乐乐爸爸：孩子报名了，期待！⟧</div></div>
<div class="footer">⟦d 归档内容版权归原公众号所有，如需删除请联系 admin@guidangzhan.example.com⟧</div>
</body></html>
""",
        body="""
尊敬的家长朋友：
您好！新学期，我校将成立腰旗橄榄球社团，面向三至五年级招收社员三十名。
腰旗橄榄球是一项无身体冲撞的橄榄球运动，队员腰间系两条旗带，防守方拔下持球人的旗带即视为拦截成功，安全性高，特别适合小学生参与。
社团每周二、周四下午课后服务时段在学校操场训练，由体育组洪启文老师和外聘教练共同执教，训练器材由学校统一提供。
请有意向的家长于9月10日前填写回执，由孩子交给班主任。
咨询电话：0571-88930417（学校体育组）
回执
学生姓名：＿＿＿＿　班级：＿＿＿＿　家长签名：＿＿＿＿
松桥实验小学
2025年9月4日
""",
    ),
    dict(
        slug="docshare-tuyuan-cauliflower-report-wrapped",
        site="图苑共享文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.tuyuan.example.com/d/3b9e7f11.html",
        title="关于我县高山花椰菜产业发展情况的调研报告",
        record_title="关于我县高山花椰菜产业发展情况的调研报告.pdf",
        date="2025-04-25",
        notes="file-name title; hard-wrapped at 62 columns with indents; upload notice and download prompt; table rows kept",
        indent="　　",
        wrap=62,
        page="""
!m 图苑共享文档｜资料互助，知识共享
!m 文档大小：412KB　下载积分：3　上传用户：菜园调研员
{T}
!a 下载本文档需消耗3积分，点击立即下载
{BODY}
!d 声明：本文档由用户上传，图苑仅提供存储和展示服务。若文档侵犯了您的权益，请发邮件至 jubao@tuyuan.example.com。
!l 同类文档：蔬菜产业调研｜高山蔬菜种植技术｜农业产业链报告
""",
        body="""
今年3月至4月，县农业农村局调研组深入高坪、云岭、石坝三个乡镇，采取座谈、入户、田间查看等方式，对全县高山花椰菜产业发展情况进行了专题调研。
一、基本情况
全县高山花椰菜种植面积达到二万一千亩，主要分布在海拔八百米以上的山区乡镇，年产量约四万二千吨。各乡镇种植情况如下：
乡镇　面积（亩）　亩均收入（元）
高坪镇　8600　4200
云岭乡　7300　3900
石坝镇　5100　3600
二、存在的问题
一是品种老化，部分农户仍在使用十年前的老品种，抗病性差；二是采后处理能力不足，全县只有两座预冷库，旺季花球积压现象突出；三是销售渠道单一，八成以上产品依靠外地客商上门收购。
三、对策建议
建议县里设立高山蔬菜产业发展专项资金，新建产地预冷库三座，引导合作社与商超、学校食堂建立直供关系。
县农业农村局调研组
2025年4月25日
""",
    ),
    dict(
        slug="docshare-qinyin-jinghu-plan-html-no-title",
        site="琴音资料共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qinyinshare.example.com/doc/55281.html",
        title="2025年京胡演奏人才培训班实施方案",
        record_title=None,
        date="2025-03-05",
        notes="sharing reader with page markers ‖n‖ as paragraphs; no record title; reader toolbar; a sentence of the document tells trainees to download the audio (kept)",
        pages=dict(fmt="‖{n}‖", every=170, start=2),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琴音资料共享 - 在线阅读</title></head>
<body>
<div class="bar">⟦m 琴音资料共享 · 戏曲音乐资料库⟧　⟦a 上传资料　我的空间　退出⟧</div>
<div class="crumb">⟦m 资料库 / 戏曲器乐 / 京胡⟧</div>
<div class="docname"><h1>{T}</h1></div>
<div class="docinfo">⟦m 分享者：京胡票友吴师傅　浏览 937 次　下载 88 次⟧</div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　下载原文⟧</div>
<div class="pages">
{BODY}
</div>
<div class="end">⟦a 已到文档末尾，觉得有用就收藏一下吧⟧</div>
<div class="more"><p>⟦l 相关资料：京胡定弦与把位图解⟧</p><p>⟦l 相关资料：西皮二黄过门曲谱集⟧</p></div>
<div class="foot">⟦d 资料仅供学习交流，请勿用于商业演出用途。⟧</div>
</body></html>
""",
        body="""
为培养京剧伴奏后备人才，市京剧院与市文化馆联合举办2025年京胡演奏人才培训班，特制定本方案。
一、培训对象
全市各京剧票房、戏曲社团的京胡伴奏人员，以及具有一定基础的青年爱好者，共招收学员二十名。
二、培训内容
（一）西皮、二黄常用过门和唱腔托腔；（二）与鼓师、月琴的配合；（三）经典唱段伴奏实训，包括《锁麟囊》《空城计》选段。
三、培训安排
培训自4月起每周六上午集中授课，共十六次，授课地点为市文化馆三楼排练厅。学员可提前下载院方提供的示范伴奏音频，课前自行练习。
四、结业考核
培训结束后进行伴奏实操考核，合格者由市京剧院颁发结业证书，优秀学员优先推荐参加全市戏曲展演。
市京剧院　市文化馆
2025年3月5日
""",
    ),
    dict(
        slug="edu-taoxi-lianhuanhua-reading-notice-html",
        site="桃溪区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.taoxi.example.edu.cn/tzgg/2025/0409/3301.html",
        title="关于开展“连环画里的中国故事”阅读月活动的通知",
        record_title="关于开展“连环画里的中国故事”阅读月活动的通知-桃溪区教育信息网",
        date="2025-04-09",
        notes="education portal: 附件 list and 联系人/邮箱 kept next to the site's technical-support line; left column news; date in the document",
        p_html='<p class="MsoNormal">{}</p>',
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展“连环画里的中国故事”阅读月活动的通知-桃溪区教育信息网</title>
<script src="/static/js/counter.js"></script></head>
<body>
<div class="banner">⟦m 桃溪区教育信息网　立德树人 · 幸福教育⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 德育园地⟧</li></ul>
<div class="left">
<div class="box"><h4>⟦l 教育动态⟧</h4><p>⟦l 区中小学春季运动会闭幕⟧</p><p>⟦l 区教师发展中心举办青年教师沙龙⟧</p></div>
</div>
<div class="right">
<div>⟦m 当前位置：首页 &gt; 通知公告⟧</div>
<h3>{T}</h3>
<div>⟦m 发布者：区教育局德育科　日期：2025-04-10　点击量：426⟧</div>
{BODY}
<div>⟦a 【打印此页】【关闭】⟧</div>
</div>
<div class="copy">⟦m 桃溪区教育局主办　技术支持：区教育信息中心 0596-2317788⟧<br>⟦m 闽ICP备11004519号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为引导学生阅读经典、了解中华优秀传统文化，区教育局决定在全区中小学开展“连环画里的中国故事”阅读月活动。现将有关事项通知如下。
一、活动时间：2025年4月15日至5月15日。
二、活动内容：各校利用图书馆和班级图书角，组织学生阅读《小兵张嘎》《鸡毛信》等经典连环画；组织“我来画一页”连环画创作比赛；评选“阅读小达人”。
三、作品报送：各校于5月20日前将创作比赛作品（每校不超过十件）报送区教育局德育科。
附件：1.“我来画一页”创作比赛评分标准
2.作品报送汇总表
联系人：罗晓梅　电话：0596-2310452　邮箱：txdyk@taoxi.example.edu.cn
桃溪区教育局
2025年4月9日
""",
    ),
    dict(
        slug="edu-fenghe-baduanjin-recess-plan-decimal",
        site="丰禾县中小学德育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://dy.fenghe.example.edu.cn/show.php?id=1188",
        title="丰禾县第二中学八段锦进大课间实施方案",
        record_title="【学校方案】丰禾县第二中学八段锦进大课间实施方案",
        date="2025-02-26",
        notes="decimal headings 1.1/1.2 and a timetable kept; a notice to teachers about printing the diagram is body; site chrome top and bottom; Chinese numeral date",
        page="""
!m 丰禾县中小学德育网
!m 首页 >> 校园体育 >> 方案计划
!m 【作者：二中体育组】【发布时间：2025-02-27】【浏览：209次】
{T}
{BODY}
!l 【上一条】县一中春季田径运动会秩序册
!l 【下一条】关于做好中小学生体质健康测试的通知
!m 版权所有：丰禾县教育局　地址：丰禾县学府路2号　备案号：黔ICP备13008821号
""",
        body="""
为落实学生每天校园体育活动一小时的要求，传承中华传统健身文化，学校决定将八段锦引入大课间，特制定本方案。
1 组织机构
1.1 成立以校长为组长、分管副校长为副组长、体育组和各年级组长为成员的工作小组。
1.2 体育组负责动作教学和考核，班主任负责组织本班学生。
2 实施安排
2.1 三月份为教学月，体育课每节安排十五分钟分解动作教学。
2.2 四月起，每天上午第二节课后大课间统一练习，时长十五分钟。具体安排如下：
时段　内容　负责
9:40—9:45　集合、热身　班主任
9:45—9:55　八段锦全套练习　体育教师
2.3 各班可将动作图解打印后张贴在教室后墙，方便学生课余对照练习。
3 考核评价
学期末以班级为单位进行展示评比，评比结果纳入文明班级考核。
丰禾县第二中学
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="oa-xiangyuan-citron-plant-minutes",
        site="香橼食品有限公司内部办公系统 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xiangyuanfood.example.local/doc/view?id=20250318-0042",
        title="香橼蜜饯车间安全生产专题会议纪要",
        record_title="【办公系统】香橼蜜饯车间安全生产专题会议纪要",
        date="2025-03-18",
        notes="OA export: approval trail and read receipts; minutes' 时间/地点/主持/参会/记录 lines kept; numbered decisions",
        page="""
!m 香橼食品内部办公系统 V6.2　｜　当前用户：办公室-杭丽
!m 公文管理 → 会议纪要 → 查看
{T}
!m 拟稿：办公室 杭丽　核稿：贺振东　签发：章永年
{BODY}
!m 流转记录：2025-03-18 16:02 杭丽 提交；2025-03-19 09:15 贺振东 同意；2025-03-19 10:40 章永年 签发
!m 已读 27 人　未读 3 人
!a 导出PDF　打印　返回列表
""",
        body="""
时间：2025年3月18日下午2:30
地点：公司三楼小会议室
主持：章永年（副总经理）
参会：生产部、安环部、设备科、蜜饯车间负责人及班组长
记录：杭丽
会议听取了蜜饯车间一季度安全生产情况汇报，分析了糖煮工序存在的烫伤风险，研究部署下一步工作。纪要如下：
一、糖煮锅操作区增设防烫护栏和警示标识，由设备科在3月底前完成。
二、车间每周开展一次班前安全讲话，新员工上岗前须完成八学时安全培训并考试合格。
三、安环部对蒸汽管道、压力表进行一次全面检查，检查结果书面报生产部。
四、4月中旬组织一次烫伤应急处置演练，车间全员参加。
""",
    ),
    dict(
        slug="oa-foshou-tea-intranet-notice-html",
        site="佛手茶业集团协同办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xt.foshoutea.example.local/gw/fw/2025/117.html",
        title="关于做好2025年佛手春茶收购质量管控工作的通知",
        record_title="关于做好2025年佛手春茶收购质量管控工作的通知",
        date="2025-03-27",
        notes="intranet document view: watermark line, document number neutral, attachments kept, 印发 line kept, reading receipts",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>协同办公平台 - 公文查看</title>
<script>function printDoc(){window.print();}</script></head>
<body>
<div class="sys">⟦m 佛手茶业集团协同办公平台⟧　⟦m 欢迎您，收购部 林建⟧　⟦a 注销⟧</div>
<div class="tabs">⟦m 待办(3) 已办 公文 通讯录 知识库⟧</div>
<div class="wm">⟦d 内部资料　注意保密　林建 0417⟧</div>
<div class="doc">
<h2>{T}</h2>
<p align="center">佛茶发〔2025〕17号</p>
{BODY}
</div>
<div class="flow">⟦m 办理记录：总经办 发文 2025-03-27 11:20 → 收购部 已签收 2025-03-27 14:03⟧</div>
<div class="ops">⟦a 打印　转发　归档　意见反馈⟧</div>
<div class="foot">⟦m 技术支持：集团信息中心 分机 8016⟧</div>
</body></html>
""",
        body="""
各茶叶基地、收购站：
春茶收购即将开始。为确保收购鲜叶质量，维护茶农利益，现就有关工作通知如下。
一、严格执行分级标准。收购鲜叶按一芽一叶、一芽二叶、一芽三叶分级定价，严禁混级收购、压级压价。
二、做好农残抽检。每个收购站每天至少抽检鲜叶样品五批次，抽检不合格的鲜叶一律拒收并登记。
三、规范收购台账。收购站须如实记录茶农姓名、鲜叶等级、重量和金额，当日台账当日上传。
附件：1.2025年春茶鲜叶分级收购价格表
2.收购站每日抽检登记表
佛手茶业集团有限公司
2025年3月27日
佛手茶业集团有限公司总经理办公室　2025年3月27日印发
""",
    ),
]
