"""Dev cases, part J: hard titles (a record without one under a site or column name, a
title over a subtitle ——在…上的讲话, a title glued to the first sentence, a title printed
two or three times with decoration, decoration before and after: 【…】, [原创], 丨, _site,
- site, | site, 第N篇, （N篇）, 范文N, file extensions; a speech whose first line is the
speaker, a notice that opens with its 发文字号), buttons glued to a body line's start or
end (展开全文, 点击查看, 复制/打印), and page markers left over (a bare number inside a line
with the page sequence around it, a marker glued to a line's end, lone numbers between
paragraphs that count the pages, a trailing （完）). Invented text (sites, places, people,
numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-qingmo-summary-column-h1",
        site="青墨范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qingmofw.example.com/zongjie/2025/0106/5521.html",
        title="社区卫生服务中心2024年度工作总结",
        record_title=None,
        date="2025-01-06",
        notes="no record title; the page's first lines are the site and a column name ending in a genre word (年度工作总结大全); the title under them",
        page="""
!m 青墨范文网
!m 年度工作总结大全
!m 栏目：工作总结 > 年度总结
{T}
!m 发布：2025-01-06　编辑：小墨
{BODY}
!a 觉得有用就收藏本页，转发给同事
!l 上一篇：乡镇卫生院2024年工作总结
!l 下一篇：疾控中心年度工作总结
""",
        body="""
2024年，中心在街道党工委和区卫健委的领导下，坚持以居民健康为中心，全面完成了年度各项工作任务。
一、基本公共卫生服务
全年建立居民电子健康档案两万一千余份，高血压、糖尿病患者规范管理率分别达到百分之七十八和百分之七十五。
二、家庭医生签约服务
组建家庭医生团队九个，重点人群签约率达到百分之七十二，为行动不便的老人提供上门服务三百余次。
三、存在的不足
全科医生数量不足，信息系统之间数据不能互通，居民对签约服务的获得感还不够强。
2025年，中心将进一步充实人员力量，提升服务能力，努力为辖区居民提供更加优质的医疗卫生服务。
""",
    ),
    dict(
        slug="gov-donglan-speech-title-subtitle",
        site="东岚市人民政府 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.donglan.example.gov.cn/zwgk/ldjh/202501/t20250113_33018.html",
        title="凝心聚力抓落实　奋楫争先开新局",
        title_also=["凝心聚力抓落实　奋楫争先开新局——在全市2025年经济工作会议上的讲话"],
        record_title=None,
        date="2025-01-10",
        date_also=["2025-01-13"],
        notes="no record title; a main title without a genre word over a subtitle ——在…上的讲话, a speaker and a date line; the column name 领导讲话 above",
        page="""
!m 东岚市人民政府门户网站
!m 领导讲话
{T}
——在全市2025年经济工作会议上的讲话
市委书记　钱卫国
（2025年1月10日）
!m 来源：市政府办公室　发布时间：2025-01-13 16:20
{BODY}
!a 【打印本页】　【关闭窗口】
!m 主办：东岚市人民政府办公室
""",
        body="""
同志们：
这次会议的主要任务是，总结2024年经济工作，分析当前形势，部署2025年经济工作。
过去一年，全市地区生产总值增长百分之五点八，规模以上工业增加值增长百分之七点二，城乡居民收入稳步提高。
今年经济工作要坚持稳中求进，突出抓好项目建设、产业升级和民生保障三件大事。
各级各部门要拿出只争朝夕的干劲，把各项任务落到实处，确保全年目标顺利实现。
""",
    ),
    dict(
        slug="news-linchuan-title-glued-to-lead",
        site="临川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.linchuannews.example.cn/xq/2025-02/19/c_80331.html",
        title="县人社局开展“春风行动”送岗位进乡村",
        record_title=None,
        date=None,
        notes="no record title; a news headline without a genre word glued to the lead (本报讯…); a share row glued at the end of the last line",
        page="""
!m 临川新闻网　首页 > 县区 > 民生
{T}{BODY}⟦a 分享到：朋友圈 微博⟧
!l 相关新闻
!l 县就业服务中心举办网络招聘会
""",
        body="""
本报讯（记者　周琳）2月18日，县人社局联合县总工会在石门镇举办“春风行动”专场招聘会，三十二家企业带来一千二百余个岗位。
招聘会现场设置了政策咨询、技能培训报名和劳务维权等服务台，工作人员为前来求职的群众逐一讲解就业补贴政策。
据统计，当天共有六百余名群众进场求职，二百一十人与企业达成初步就业意向。
""",
    ),
    dict(
        slug="fanwen-mingshu-plan-glued-opener",
        site="明书范文 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.mingshufw.example.com/fangan/88213.html",
        title="关于开展农村人居环境整治提升行动的实施方案",
        record_title=None,
        date=None,
        notes="no record title; the title glued to the first sentence (…实施方案为进一步…), after a site line; a copy button glued at a line's start",
        page="""
!m 明书范文　·　实施方案
{T}{BODY}
!a 本文为付费内容，开通VIP会员可免费下载全部范文
""",
        body="""
为进一步改善农村人居环境，建设美丽宜居乡村，结合我镇实际，制定本方案。
一、工作目标
到2025年底，全镇农村卫生厕所普及率达到百分之九十以上，生活垃圾收运处置体系实现全覆盖。
二、主要任务
⟦a 【复制本段】⟧（一）推进农村厕所革命。按照“宜水则水、宜旱则旱”的原则，分类推进户厕改造。
（二）治理农村生活污水。优先治理人口集中村庄的生活污水，逐步消除黑臭水体。
三、保障措施
镇成立领导小组，镇长任组长，将整治工作纳入村干部年度考核。
""",
    ),
    dict(
        slug="forum-mochi-insight-title-three-times",
        site="墨池论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.mochi.example.com/thread-55102-1-1.html",
        title="关于基层减负的几点思考",
        record_title="[原创]关于基层减负的几点思考_公文交流_墨池论坛",
        date="2024-11-02",
        notes="the title printed three times with different decoration ([原创], - 墨池论坛, 【原创】…（首发）); record title with _column_site",
        page="""
!m 墨池论坛 › 公文交流 › 帖子
!t [原创] 关于基层减负的几点思考
!m 查看: 1822 | 回复: 14
!t 关于基层减负的几点思考 - 墨池论坛
!m 楼主　笔耕不辍　发表于 2024-11-2 21:37
!t 【原创】关于基层减负的几点思考（首发）
{BODY}
!l 回复 支持 反对
!m 墨池论坛 © 2016-2025
""",
        body="""
在基层工作了八年，对“减负”二字感受很深。这几年上级确实出了不少减负的文件，但有些负担换了个样子又回来了。
比如填表，过去是纸质表，现在变成了各种系统和小程序，一件事要在三四个平台上重复录入。
再比如督查检查，名义上减少了，但调研、暗访、“回头看”多了起来，基层迎检的压力并没有减轻多少。
我觉得真正减负，关键是上级部门之间要把数据打通，让基层少跑一趟、少填一张表。
""",
    ),
    dict(
        slug="wenku-zhixing-plan-pian-decoration",
        site="知行文库 (invented)",
        style="文库预览",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.zhixingwk.example.com/doc/301877.html",
        title="2025年党员个人学习计划",
        record_title="2025年党员个人学习计划（5篇）.docx",
        date=None,
        notes="record title with （5篇） and a file extension; the page repeats the title as 第1篇：… and with 范文1; a preview-end prompt below; a button glued at a line's end",
        page="""
!m 知行文库 - 在线文档分享平台
!t 2025年党员个人学习计划（5篇）.docx
!m 页数：6　大小：38KB　下载：219
!t 第1篇：2025年党员个人学习计划
!t 2025年党员个人学习计划范文1
{BODY}
!a 试读结束，剩余4篇需购买后下载查看
""",
        body="""
为进一步提高自身政治素质和业务能力，更好地履行党员义务，结合个人工作实际，制定本年度学习计划。
一、学习内容
认真学习党的创新理论，学习党章党规，学习与本职工作相关的法律法规和业务知识。⟦a 【点击收藏】⟧
二、学习方式
坚持个人自学与集中学习相结合，每周自学不少于五小时，按时参加支部组织的集中学习和主题党日活动。
三、学习要求
做好学习笔记，每季度撰写一篇学习心得，年底对照计划进行自查，确保学有所获、学以致用。
""",
    ),
    dict(
        slug="wechat-qihang-title-bar-account",
        site="启航说 (invented WeChat mirror)",
        style="公众号镜像",
        genre="评论",
        kind="other",
        form="text",
        source="https://mp.mirror.example.net/s/qihangshuo-20240903",
        title="青年干部要练好“三项基本功”",
        record_title="【推荐】青年干部要练好“三项基本功”丨启航说",
        date="2024-09-03",
        notes="record title with 【推荐】 and 丨account; the page repeats the title with 原创 before it; 点击上方蓝字 and 阅读原文 prompts; a 展开全文 button glued to a line's end",
        page="""
!m 启航说
!t 原创 青年干部要练好“三项基本功”
!m 启航说编辑部　启航说　2024-09-03 07:30
!a 点击上方蓝字关注我们
{BODY}
!a 阅读原文
!l 往期推荐
!l 年轻人到基层，先学会听
""",
        body="""
青年干部是事业发展的生力军。在实践中成长，首先要练好调查研究、群众工作和文字表达这三项基本功。
调查研究是谋事之基。要多到田间地头、车间社区走一走，听真话、察实情，不能坐在办公室里“想当然”。⟦a 展开全文⟧
群众工作是成事之要。要学会用群众听得懂的语言讲政策，把群众的事当成自己的事来办。
文字表达是履职之需。要勤读勤写勤改，把思考沉淀为文字，把文字转化为推动工作的实招。
""",
    ),
    dict(
        slug="docshare-jiangyun-points-wps-repeats",
        site="江云文档 (invented)",
        style="文档分享",
        genre="工作要点",
        kind="plan",
        form="text",
        source="https://jiangyun.example.net/d/7acb3e01.html",
        title="区医保局2025年工作要点",
        record_title="区医保局2025年工作要点.wps",
        date=None,
        notes="a file-name record title; the page repeats it with its extension and without; print/collect buttons glued at a line's start; 下载本文 at a line's end; a paragraph on downloading the app stays",
        page="""
!t 区医保局2025年工作要点.wps
!m 江云文档 | 分享人：云水谣 | 3页
!t 区医保局2025年工作要点
{BODY}
!a 下载本文档　　加入收藏
""",
        body="""
2025年，区医保局将以提升群众获得感为目标，重点抓好以下工作。
⟦a 〔打印〕〔收藏〕⟧一、巩固基本医保参保覆盖面，全区户籍人口参保率稳定在百分之九十五以上。
二、推进医保支付方式改革，按病种分值付费覆盖全区所有二级以上定点医疗机构。
三、提升经办服务水平，引导参保群众下载医保电子凭证，在手机上办理异地就医备案等业务。⟦a 下载本文⟧
四、加强医保基金监管，开展定点医药机构专项检查，严厉打击欺诈骗保行为。
""",
    ),
    dict(
        slug="edu-nanping-notice-docno-first",
        site="南屏区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.nanping.example.gov.cn/tzgg/2025/0820/3341.html",
        title="关于做好2025年秋季学期开学工作的通知",
        record_title=None,
        date="2025-08-20",
        notes="no record title; a column name (通知公告) then the 发文字号 above the title, the 主送机关 under it; a trailing （完）",
        page="""
!m 南屏区教育局
!m 通知公告
南教发〔2025〕18号
{T}
{BODY}
!d （完）
!a 【打印】【关闭】
""",
        body="""
各中小学、幼儿园，局属各单位：
新学期即将开始，为确保秋季学期开学工作平稳有序，现将有关事项通知如下。
一、做好校园安全排查。开学前各校要对校舍、消防设施、食堂等开展全面排查，发现隐患立即整改。
二、做好教学准备工作。各校要按时完成教材发放和课表编排，确保开学第一天正常上课。
三、做好家校沟通。各校要通过家长会、致家长一封信等方式，向家长宣传开学安全注意事项。
南屏区教育局
2025年8月20日
""",
    ),
    dict(
        slug="edu-beihu-notice-html-docno-addressee",
        site="北湖区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.beihu.example.gov.cn/tzgg/2025/0305/1120.html",
        title="关于开展2025年中小学生防溺水专项教育活动的通知",
        record_title=None,
        date="2025-03-05",
        notes="HTML page whose <title> carries the title with -site; the visible text opens with a column name, the 发文字号 and the 主送机关 (no title line in the page); record without a title",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年中小学生防溺水专项教育活动的通知-北湖区教育局</title></head><body>
<div class="head">⟦m 北湖区教育局⟧</div>
<div class="col">⟦m 通知公告⟧</div>
<div class="doc">
<p>北教办〔2025〕7号</p>
{BODY}
</div>
<div class="foot">⟦m 地址：北湖区文昌路66号　电话：0731-5562210⟧</div>
</body></html>
""",
        body="""
各中小学校：
春夏之交是溺水事故易发期，为切实增强学生防溺水安全意识，决定在全区中小学开展防溺水专项教育活动。
一、各校要在三月份召开一次防溺水主题班会，组织学生观看警示教育片。
二、各校要通过家长群等方式，提醒家长落实监护责任，做到“六不准”宣传家喻户晓。
三、各校要在四月十日前将活动开展情况报区教育局安全科。
北湖区教育局办公室
2025年3月5日
""",
    ),
    dict(
        slug="dangjian-hongyan-speech-speaker-first",
        site="红岩党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.hongyandj.example.cn/ldjh/2025/0416/901.html",
        title="在全市基层党建工作推进会上的讲话",
        record_title=None,
        date="2025-04-16",
        notes="no record title; the speech's first line is the speaker, then the title decorated 【党课讲稿】 once and plain once, then the date",
        page="""
!m 红岩党建网 > 领导讲话
市委副书记　林海峰
!t 【领导讲话】在全市基层党建工作推进会上的讲话
{T}
（2025年4月16日）
{BODY}
!l 上一篇：在全市组织工作会议上的讲话
""",
        body="""
同志们：
今天召开全市基层党建工作推进会，目的是总结经验、查找不足，推动基层党建工作全面进步、全面过硬。
一、充分肯定成绩
一年来，各级党组织认真落实党建工作责任制，村级党组织书记队伍结构持续优化，软弱涣散党组织整顿工作取得明显成效。
二、突出抓好重点
要抓好党支部标准化规范化建设，抓好党员教育管理，抓好基层治理，推动党建工作与中心工作深度融合。
同志们，基层党建工作任务艰巨、责任重大，希望大家真抓实干，奋力推动全市基层党建工作再上新台阶。
""",
    ),
    dict(
        slug="hospital-xinhu-news-bar-site-end-mark",
        site="新湖市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xinhu2y.example.com/news/2025/0506/702.html",
        title="我院开展“世界手卫生日”宣传活动",
        record_title="我院开展“世界手卫生日”宣传活动 | 新湖市第二人民医院",
        date="2025-05-06",
        notes="record title with | site (an organisation's name, no site word); a caption prompt glued at a line's end (点击查看大图); a trailing （全文完）",
        page="""
!m 新湖市第二人民医院
!m 首页 > 新闻中心 > 医院新闻
{T}
!m 发布时间：2025-05-06　来源：院感科　浏览：356
{BODY}
!d （全文完）
!a 【打印本页】
""",
        body="""
5月5日是第十七个“世界手卫生日”，我院院感科在门诊大厅开展手卫生主题宣传活动。⟦a 点击查看大图⟧
活动现场，医护人员向患者和家属演示七步洗手法，讲解手卫生在预防感染中的重要作用，并发放宣传资料四百余份。
院感科负责人表示，手卫生是预防医院感染最简单、最有效的措施，医院将持续开展手卫生督导，提高医务人员手卫生依从率。
""",
    ),
    dict(
        slug="university-qinghe-news-dash-site",
        site="青禾大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.qinghe.example.edu.cn/info/1002/45521.htm",
        title="学校召开2025年本科教学工作会议",
        record_title="学校召开2025年本科教学工作会议 - 青禾大学",
        date="2025-03-14",
        notes="record title with - university name; 展开全文 glued at a line's start; a trailing 【完】; a sentence that mentions sharing and downloading stays",
        page="""
!m 青禾大学新闻网
{T}
!m 作者：宣传部　审核：王晓　日期：2025-03-14　点击：1203
{BODY}
!d 【完】
!l 上一条：我校举行新学期安全工作部署会
""",
        body="""
3月14日，学校召开2025年本科教学工作会议，总结上一年度本科教学工作，部署新学期重点任务。
⟦a 展开全文⟧会议指出，要深化课程思政建设，推进一流本科专业和一流课程建设，持续提升人才培养质量。
会议要求，各学院要建好用好课程资源平台，鼓励教师分享优质教案，学生可登录平台下载课件和参考资料。
会上，三个学院作了交流发言，介绍了各自在教学改革方面的经验做法，“完善评价体系”成为与会者谈论最多的话题。
""",
    ),
    dict(
        slug="blog-qingfeng-insight-title-glued-date",
        site="清风的博客 (invented)",
        style="博客",
        genre="读后感",
        kind="other",
        form="text",
        source="https://blog.qingfeng.example.com/article/2024/05/02/1181.html",
        title="读《乡土中国》有感",
        record_title="读《乡土中国》有感_清风的博客",
        date="2024-05-02",
        notes="record title with _blog; the page's title line carries [原创] and a date with clock time; a 阅读全文 link glued at a line's end",
        page="""
!m 清风的博客 - 一个基层写作者的读书笔记
!t [原创] 读《乡土中国》有感
!m (2024-05-02 21:13:08)
!m 标签：读书　乡村　｜　分类：读书笔记
{BODY}
!l 分享到：微博 QQ空间
!m 阅读(215)　评论(3)　收藏(9)
""",
        body="""
最近重读了费孝通先生的《乡土中国》，对“差序格局”这个概念有了新的体会。
在乡村工作这些年，我常常发现，很多事情靠文件推不动，靠熟人一句话反而办成了。⟦a 阅读全文>>⟧
这并不是说规则不重要，而是提醒我们，做基层工作必须懂得乡土社会的人情逻辑。
把制度的刚性和人情的温度结合起来，或许正是基层治理最需要的能力。
""",
    ),
    dict(
        slug="qa-zhiwen-question-answer",
        site="知问社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhiwen.example.com/question/88120/answer/301",
        title="单位年终总结的开头怎么写比较好？",
        record_title="单位年终总结的开头怎么写比较好？ - 知问社区",
        date="2024-12-20",
        notes="record title with - site after a question; the answer's author line, votes and a 'login to see all answers' prompt around the body",
        page="""
!m 知问社区 > 职场 > 公文写作
{T}
!m 3 个回答　·　1,204 次浏览
!m 笔杆老周 · 机关材料写手
!m 342 人赞同了该回答
{BODY}
!m 编辑于 2024-12-20 19:42
!a 赞同 342　评论 18　分享　收藏
!a 登录后查看全部 3 个回答
""",
        body="""
开头一般有三种写法：概述式、背景式和成效式。
概述式就是用一两句话把全年工作的总体情况说清楚，适合大多数单位的年终总结。
背景式先交代一年来面临的形势和任务，再引出工作成绩，适合形势变化大的年份。
成效式开门见山亮出几个关键数据，让读者一眼看到成绩，但数据一定要准确。
""",
    ),
    dict(
        slug="wenku-yunjian-report-lone-page-sequence",
        site="云笺文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.yunjianwk.example.com/p/55301.html",
        title="2024年度个人述职报告",
        record_title="2024年度个人述职报告（通用版）.pdf",
        date=None,
        notes="unwrapped preview: the page numbers 2 and 4 glued to line ends after a sentence end and 3 inside a line without spaces (…推动3项目…); a list item ending in a comma above （2）; a trailing （完）",
        page="""
!m 云笺文库
!t 2024年度个人述职报告（通用版）.pdf
{BODY}
!d （完）
!a 下载完整文档
""",
        body="""
一年来，在局党组的正确领导下，我认真履行分管工作职责，较好地完成了各项目标任务，现将个人履职情况报告如下。
一、加强学习，提升能力
坚持把学习作为第一需要，全年参加集中学习二十四次，撰写学习笔记两万余字，政治素质和业务能力进一步提升。⟦p 2⟧
二、履职尽责，推动工作
（1）抓好项目建设，全年争取上级资金一千二百万元，
（2）抓好安全生产，全年未发生较大以上安全事故。
在分管的城乡建设领域，我坚持每月深入一线督导，推动⟦p 3⟧项目建设按期完成，群众反映的问题得到及时解决。
三、廉洁自律，守牢底线
严格遵守中央八项规定精神，认真落实一岗双责，管好身边工作人员，始终做到清正廉洁、干净干事。⟦p 4⟧
四、存在不足和努力方向
对新知识新业务学得还不够深，工作创新还不够多。今后，我将进一步加强学习，改进作风，努力把工作做得更好。
""",
    ),
]
