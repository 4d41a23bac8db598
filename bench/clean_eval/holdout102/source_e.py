"""holdout102, part E: hot-air balloons (a festival, an operator, pilot training) and
telescopes (an observatory open day, a school astronomy club, a telescope maker).
Invented text."""

CASES = [
    dict(
        slug="corp-yunfan-balloon-resume-flights-html",
        site="云帆热气球旅游有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yunfanballoon.example.com/news/gg/0412.html",
        title="关于恢复热气球系留飞行体验项目的公告",
        record_title="关于恢复热气球系留飞行体验项目的公告-云帆热气球",
        date="2025-04-12",
        notes="company site: booking button, a price strip, 'online booking' float, the company's own 预约电话 in the body beside its 投诉 line in the footer",
        page="""
<html><head><meta charset="utf-8"><title>关于恢复热气球系留飞行体验项目的公告-云帆热气球</title></head><body>
<header>⟦m 云帆热气球 YUNFAN BALLOON⟧<nav>⟦m 首页 飞行项目 安全保障 新闻公告 关于我们⟧</nav><a class="book">⟦a 立即预约⟧</a></header>
<div class="crumb">⟦m 首页 - 新闻公告⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 2025-04-12　浏览量 3302⟧</p>
<article>
{BODY}
</article>
<div class="float">⟦a 在线订票 扫码购票享九折⟧</div>
<footer>⟦m 投诉与建议：0871-6688201⟧ ⟦d © 2025 云帆热气球旅游有限公司 版权所有⟧ ⟦m 滇ICP备2022011093号⟧</footer>
</body></html>
""",
        body="""
尊敬的游客朋友：
经过冬季停飞期间的设备年检和飞行员复训，本公司热气球系留飞行体验项目将于2025年4月15日起恢复运营。
一、运营时间：每日6:30至9:30，具体以当日气象条件为准，风速超过每秒四米时停止飞行。
二、乘坐要求：身高1.2米以下儿童、孕妇、心脏病及高血压患者不得乘坐。
三、预约方式：请提前一天电话预约，预约电话：0871-6688216。
云帆热气球旅游有限公司
2025年4月12日
""",
    ),
    dict(
        slug="gkforum-interview-low-altitude-tourism",
        site="面霸公考社区 (invented)",
        style="公考论坛",
        genre="面试素材",
        kind="other",
        form="text",
        source="https://www.mianba.example.cn/bbs/t/44719",
        title="某县打算举办热气球节发展低空旅游，你怎么看？",
        record_title="[面试真题] 某县打算举办热气球节发展低空旅游，你怎么看？（附参考答案）- 结构化面试 - 面霸公考社区",
        date=None,
        notes="exam forum: question as title with a tag and an aside; reply-to-see and VIP prompts; upvote row; relative time (no date)",
        page="""
!m 面霸公考社区 › 结构化面试 › 真题解析
!t [面试真题] 某县打算举办热气球节发展低空旅游，你怎么看？（附参考答案）
!m 发帖人：面试老宋　2天前　浏览 1877
!m 参考答案如下：
{BODY}
!a 开通面霸VIP，解锁近五年全部真题解析
!l 顶(66)　踩(2)　收藏
!l 下一帖：如何看待“村超”火爆出圈？
""",
        body="""
举办热气球节发展低空旅游，是地方挖掘资源禀赋、丰富旅游业态的有益尝试，我是支持的，但要办好还需注意几点。
第一，安全是底线。热气球飞行受天气影响大，必须严格审核运营企业资质，做好气象监测和应急救援预案。
第二，要避免“一阵风”。节庆带来的客流是短期的，要把热气球和当地的山水、民俗结合起来，形成长期的旅游产品。
第三，要让群众受益。可以引导村民参与餐饮、住宿和地面服务，让低空旅游真正带动乡村振兴。
""",
    ),
    dict(
        slug="training-tianjing-balloon-pilot-syllabus-pages",
        site="天境航空培训中心 (invented)",
        style="培训机构",
        genre="大纲",
        kind="other",
        form="text",
        source="https://www.tianjingpx.example.com/kc/rqq-dagang.html",
        title="热气球驾驶员执照培训课程大纲",
        record_title="热气球驾驶员执照培训课程大纲（2025版）",
        date=None,
        notes="training school: enrolment ad and testimonial, page markers ‖第n面‖ on lines of their own cutting sentences, a consultant's phone; no date",
        page="""
!m 天境航空培训中心 · 让飞行梦想落地
!m 课程中心 > 热气球 > 课程大纲
!t 热气球驾驶员执照培训课程大纲（2025版）
!w 报名咨询：李教员 138-0871-4432（微信同号）
{BODY}
!a 2025年秋季班火热招生中，前10名报名立减1500元
!l 学员评价：教员很专业，理论课讲得很透，一次通过考试！
!d 天境航空培训中心保留对本大纲的最终解释权
""",
        pages=dict(fmt="‖第{n}面‖", every=140, start=2),
        body="""
本大纲适用于申请热气球私用驾驶员执照的学员，培训总时长不少于六周。
一、理论培训（不少于四十学时）
包括航空法规、热气球原理与构造、航空气象、飞行计划与领航、人的因素、应急程序等内容，理论培训结束后参加局方组织的理论考试。
二、飞行训练（不少于十六小时）
包括地面准备、充气与升空、平飞与高度控制、进近与着陆、系留飞行、单飞等科目，其中单飞时间不少于一小时，带飞训练须在有资质的教员指导下进行。
三、结业考核
理论考试和飞行检查均合格后，由培训中心协助学员申请执照。
""",
    ),
    dict(
        slug="hospital-songya-balloon-festival-medical-plan",
        site="松崖县中医医院 (invented)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.syxzyy.example.com/ywgl/2025/0918.html",
        title="松崖县中医医院热气球节医疗保障工作方案",
        record_title="【医务部】松崖县中医医院热气球节医疗保障工作方案 - 松崖县中医医院",
        date="2025-09-18",
        notes="hospital site: appointment links, a duty table one row a paragraph, the medical department's own 联系电话 beside the 24-hour hotline in the footer",
        page="""
!m 松崖县中医医院　二级甲等中医医院
!a 预约挂号 | 门诊时间 | 检查报告查询
!m 首页 / 医院新闻 / 医务动态
!t 【医务部】松崖县中医医院热气球节医疗保障工作方案
!m 发布人：医务部　发布时间：2025-09-18 16:20
{BODY}
!m 24小时急救电话：0874-6123120
!d 松崖县中医医院 版权所有 本站信息仅供参考，不作为诊疗依据
""",
        body="""
为做好2025松崖国际热气球节期间的医疗保障工作，结合我院实际，制定本方案。
一、保障时间：2025年10月1日至10月5日，每日6:00至18:00。
二、保障安排
点位　人员　车辆
主会场起飞区　医生2名、护士2名　救护车1台
观众区　医生1名、护士2名　无
降落区巡回点　医生1名、护士1名　救护车1台
三、工作要求：保障人员须提前半小时到岗，不得擅自离岗，遇重大伤情立即启动绿色通道。
联系人：医务部 柴婧，电话：0874-6123318
松崖县中医医院
2025年9月18日
""",
    ),
    dict(
        slug="tender-songya-balloon-festival-services",
        site="松崖县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.songya.example.gov.cn/jyxx/fwcg/2025/0805/30912.html",
        title="2025松崖国际热气球节活动执行服务项目竞争性磋商公告",
        record_title="2025松崖国际热气球节活动执行服务项目竞争性磋商公告_服务采购_松崖县公共资源交易中心",
        date="2025-08-05",
        notes="tender portal text: a CA hotline and a bidder-login row, the purchaser and agency contacts kept, 项目编号 line; related-notice list",
        page="""
!m 松崖县公共资源交易中心
!a 投标人登录 | CA办理 | 保证金查询
!m 交易信息 > 政府采购 > 采购公告
!t 2025松崖国际热气球节活动执行服务项目竞争性磋商公告
!m 发布时间：2025-08-05　信息来源：本站
{BODY}
!l 相关公告：松崖县旅游集散中心标识标牌采购项目成交公告
!m 数字证书服务热线：400-0874-110
!d 本平台信息仅供参考，以采购文件为准
""",
        body="""
项目编号：SYCG-2025-FW-088
项目名称：2025松崖国际热气球节活动执行服务项目
预算金额：一百八十万元
采购需求：负责热气球节开幕式、夜光气球表演和观众服务等活动的策划执行，服务期为2025年9月1日至10月10日。
供应商须具备独立承担民事责任的能力，近三年承办过大型户外文旅活动。
获取磋商文件时间：2025年8月6日至8月12日，在交易中心网站免费下载。
采购人：松崖县文化和旅游局，联系人：蔡先生，电话：0874-6130226
采购代理机构：滇南招标咨询有限公司，联系人：殷女士，电话：0871-6533018
""",
    ),
    dict(
        slug="law-mingheng-balloon-ride-contract",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.minghenglaw.example.cn/article/2025/0603.html",
        title="乘坐热气球前签的“免责声明”一定有效吗？",
        record_title="法律小课堂｜乘坐热气球前签的“免责声明”一定有效吗？",
        date="2025-06-03",
        notes="law firm text page: a free-consult prompt glued after a sentence, lawyer card, 'not legal advice' notice, practice areas list",
        page="""
!m 明衡律师事务所 · 专业 诚信 高效
!m 首页 > 法律小课堂
!t 法律小课堂｜乘坐热气球前签的“免责声明”一定有效吗？
!m 作者：明衡律师事务所 苗青律师　日期：2025-06-03
{BODY}
!w 遇到类似纠纷？点击“在线咨询”，执业律师为您免费解答
!l 擅长领域：旅游纠纷　人身损害赔偿　消费者权益
!d 声明：本文内容仅供参考，不作为具体案件的法律依据
""",
        body="""
不少游客在乘坐热气球前，都会被要求签署一份“免责声明”，写明“飞行中发生任何意外，公司概不负责”。
这样的条款一定有效吗？答案是否定的。⟦w 免费咨询热线 0871-6233100⟧
根据民法典的规定，合同中造成对方人身损害的免责条款无效；提供格式条款的一方不合理地免除或者减轻其责任的，该条款也无效。
也就是说，如果运营方未尽到安全保障义务导致游客受伤，即使游客签了声明，仍然可以要求赔偿。
当然，游客自身隐瞒病史、不听从飞行员指挥的，也要承担相应责任。
""",
    ),
    dict(
        slug="univ-huaxi-observatory-open-day-wrapped",
        site="华溪师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hxsy.example.edu.cn/tzgg/2025/1105/9961.htm",
        title="关于天文台2025年冬季公众开放日的通知",
        record_title="关于天文台2025年冬季公众开放日的通知-华溪师范学院",
        date="2025-11-05",
        notes="university notice hard-wrapped at 60 columns; top links, a 'sentence tells readers to 关注 and 扫码' kept; 成文日期",
        page="""
!m 华溪师范学院　|　学校首页　信息门户　图书馆
!m 当前位置：首页 > 通知公告
!t 关于天文台2025年冬季公众开放日的通知
!m 发布部门：物理与电子工程学院　发布时间：2025-11-05　点击：[2284]
{BODY}
!a 【关闭本页】【返回顶部】
!d 华溪师范学院党委宣传部 版权所有
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
为普及天文知识，激发青少年探索宇宙的兴趣，学院天文台定于2025年11月至12月每周六晚举办冬季公众开放日活动。
一、开放时间：每周六19:00至21:00，遇阴雨天气取消。
二、活动内容：参观四十厘米反射式望远镜，观测月球、木星和冬季星座，聆听天文科普讲座。
三、预约方式：每场限八十人，请关注学院官方公众号并扫码预约，凭预约码入场。
物理与电子工程学院
2025年11月5日
""",
    ),
    dict(
        slug="edu-xunyang-school-astronomy-club-html",
        site="浔阳区教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.xyjy.example.gov.cn/xxdt/2025/0303/1192.html",
        title="浔阳区实验小学天文社团2025年春季活动方案",
        record_title="浔阳区实验小学天文社团2025年春季活动方案 - 浔阳区教育信息网",
        date="2025-03-03",
        notes="education portal: school-news column, a 'submitted by / reviewed by' line, a numbered schedule table, a photo gallery link between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>浔阳区实验小学天文社团2025年春季活动方案 - 浔阳区教育信息网</title></head><body>
<div class="top">⟦m 浔阳区教育信息网⟧ ⟦a 教师登录⟧ ⟦a 家长入口⟧</div>
<div class="nav">⟦m 首页 教育动态 学校风采 德育之窗 家校共育⟧</div>
<div class="pos">⟦m 位置：首页 &gt; 学校风采⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 供稿：区实验小学　审核：教育科　时间：2025-03-03⟧</div>
<div class="cont">
{BODY}
</div>
<div class="more">⟦l 更多学校风采 &gt;&gt;⟧</div>
<div class="ft">⟦d 浔阳区教育局主办　浔阳区教育信息中心承办⟧</div>
</body></html>
""",
        body="""
为培养学生的科学兴趣和动手能力，学校天文社团本学期开展以下活动。
周次　内容　地点
第3周　认识星图与活动星图制作　科学教室
第6周　简易折射望远镜组装　创客室
第9周　月面观测与素描　操场
第13周　太阳黑子安全观测　楼顶平台
⟦l 点击查看上学期社团活动照片集⟧
观测太阳时必须使用专用滤光膜，严禁直接用望远镜对准太阳。
浔阳区实验小学
2025年3月3日
""",
    ),
    dict(
        slug="app-telescope-donation-speech-html",
        site="文秘帮APP 阅读模式 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.wenmibang.example.com/read/5520713",
        title="在天文望远镜捐赠仪式上的致辞",
        record_title="在天文望远镜捐赠仪式上的致辞（通用版）",
        date=None,
        notes="writing app reading mode: sticky open-app bar, a 'continue reading' mask, a member-copy prompt between paragraphs, placeholders ×× (no date)",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>在天文望远镜捐赠仪式上的致辞（通用版）</title></head><body>
<div class="sticky">⟦a 文秘帮APP 打开看全文 更流畅⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 文秘帮 · 致辞频道　3.4万人读过⟧</div>
<div class="read">
{BODY}
</div>
<div class="more">⟦a 点击展开剩余60%⟧</div>
<div class="rec">⟦l 相关范文：科技馆开馆仪式致辞 · 校园科技节闭幕式讲话⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，亲爱的同学们：
今天，××公司向我校捐赠两台天文望远镜，这是对学校科学教育的有力支持。
⟦a 开通会员 免费复制全文⟧
望远镜让我们看得更远，也让孩子们的梦想飞得更高。希望同学们用好这份礼物，仰望星空，脚踏实地。
学校将建立天文观测室，安排专门老师指导，让望远镜真正用起来。
再次感谢××公司的慷慨捐赠！
""",
    ),
    dict(
        slug="blog-mirror-grinder-telescope-html",
        site="磨镜人 博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://mojingren.example-blog.net/2025/07/mirror-150.html",
        title="自磨一块150毫米主镜的三个月",
        record_title="自磨一块150毫米主镜的三个月 | 磨镜人",
        date="2025-07-28",
        notes="blog: bracketed post time as the page date, sidebar with tag cloud, archive and blogroll, a 'read more' link, comment box",
        page="""
<html><head><meta charset="utf-8"><title>自磨一块150毫米主镜的三个月 | 磨镜人</title></head><body>
<div id="header">⟦m 磨镜人⟧<p>⟦m 一个业余天文爱好者的手工笔记⟧</p></div>
<div id="post"><h2>{T}</h2>
<div class="date">⟦m [2025-07-28 22:10]⟧</div>
<div class="entry">
{BODY}
</div>
<div class="postmeta">⟦l 分类：自制望远镜 | 标签：磨镜 傅科检验 牛顿式⟧</div>
<div class="comments">⟦l 评论(12) 发表评论⟧</div></div>
<div id="sidebar"><h3>⟦l 标签云⟧</h3><p>⟦l 磨镜 镀膜 赤道仪 星野摄影 目镜⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年07月 (2)⟧</p><h3>⟦l 友情链接⟧</h3><p>⟦l 星野小站⟧</p></div>
<div id="footer">⟦d Powered by 个人博客程序 · 转载请注明出处⟧</div>
</body></html>
""",
        body="""
从四月初买回两块玻璃毛坯，到七月底主镜完成镀膜，前后整整三个月。
粗磨用了八十号金刚砂，每天晚上磨一个小时，磨了两周才把球面的深度磨到设计值。
细磨和抛光是最耗耐心的阶段，每换一号砂都要把桌面、工具彻底清洗一遍，不然一粒粗砂就能划出一道长痕。
傅科检验显示镜面有轻微的下塌边，只好重新抛光了一周。
昨晚第一次装镜试看土星，光环清清楚楚，那一刻觉得一切都值了。
""",
    ),
    dict(
        slug="download-observation-log-template",
        site="教学资源下载站 (invented)",
        style="资料下载站",
        genre="表格",
        kind="other",
        form="text",
        source="http://www.jxzyxz.example.com/down/kexue/7120.html",
        title="中小学天文观测记录表（模板）",
        record_title="中小学天文观测记录表（模板）.doc",
        date=None,
        notes="download station text: file-info lines, mirror links, a 'link dead? report' line; template placeholders (no date); a table one row a paragraph",
        page="""
!m 教学资源下载站　|　科学 > 课外活动
!m 资源名称：中小学天文观测记录表（模板）.doc
!m 资源大小：36KB　更新时间：2025-02-11　下载次数：8812
!t 中小学天文观测记录表（模板）
{BODY}
!a 下载地址：【本地下载】【电信高速】【联通高速】
!a 无法下载？点击报错
!d 本站资源均来自网络收集整理，仅供教学交流使用
""",
        body="""
观测者：＿＿＿＿　班级：＿＿＿＿　日期：＿＿年＿＿月＿＿日
观测地点：＿＿＿＿　天气：＿＿＿＿　视宁度：＿＿＿＿
观测目标　观测时间　使用器材　观测记录
月球　　　
木星　　　
观测心得：
填写说明：视宁度按1至5级填写，5级为最好；观测记录可附素描或照片。
""",
    ),
    dict(
        slug="collection-retired-teacher-stargazing-essay",
        site="《星窗集》个人文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://www.wenji.example.org/xingchuang/12.html",
        title="带学生看星星的三十年",
        record_title="《星窗集》第十二篇｜带学生看星星的三十年",
        date="2024-12-20",
        notes="a retired teacher's collection: chapter nav, an editor's note, a dated postscript in Chinese numerals (the document's date), prev/next links",
        page="""
!m 星窗集 · 一位乡村物理教师的天文手记
!l 目录　上一篇　下一篇
!t 《星窗集》第十二篇｜带学生看星星的三十年
{BODY}
!m 编者注：本文由作者学生整理录入。
!l 上一篇：第十一篇　一架望远镜的旅行
!l 下一篇：第十三篇　写给天文社的孩子们
!d 本文集仅限个人阅读，未经许可请勿转载
""",
        body="""
1994年秋天，我用攒了半年的工资买了第一架望远镜，口径只有六十毫米。
那天晚上，我把它搬到学校操场，十几个住校生排着队看月亮，一个孩子看完后说：“老师，月亮上真的有山。”
从那以后，天文小组就成了学校的“老传统”，三十年里带过的学生有一千多人。
其中有三个孩子后来学了天文专业，一个现在在天文台工作。
退休了，望远镜我留给了学校，希望星空一直有人看。
二〇二四年十二月二十日于县城寓所
""",
    ),
]
