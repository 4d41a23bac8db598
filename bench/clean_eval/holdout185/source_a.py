"""holdout185, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-shuxiang-bookshelf-donation-speech",
        site="笔墨斋范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.bimozhai-fw.cn/jianghua/20250425/88317.html",
        title="在“一村一书架”捐赠仪式上的讲话",
        record_title="【精选】在“一村一书架”捐赠仪式上的讲话（通用2篇）_笔墨斋范文",
        date="2025-04-23",
        notes="decorated record title; date under the speech title; speaker line neutral; writing prompt between paragraphs",
        page="""
!m 笔墨斋范文｜一支笔写尽公文事
!m 所在位置：首页 ＞ 致辞讲话 ＞ 仪式致辞
!t 【精选】在“一村一书架”捐赠仪式上的讲话（通用2篇）
!m 整理：砚边人　更新：2天前　围观 3,208
!a ［复制全文］［存为Word］［放进书袋］
{T}
椿湾镇党委副书记　梁秋禾
（2025年4月23日）
{BODY}
!a 全文共1126字，开通笔墨会员可下载原版文档
!l 延伸阅读：农家书屋管理员培训会讲话｜全民阅读月启动仪式主持词
!d 本站文章系网友投稿整理，仅作写作参考，转载请保留出处。
!m © 笔墨斋范文 bimozhai-fw.cn　湘ICP备21008863号
""",
        indent="\u3000\u3000",
        body="""
各位来宾、同志们：
今天，县图书馆联合三家爱心企业向我镇18个行政村捐赠实木书架54组、图书6200册，这是送给乡亲们的一份厚礼。我代表镇党委、镇政府，向各位捐赠方表示衷心感谢！
书架立起来容易，让书“活”起来难。各村要把书架摆在村民服务中心最亮堂的位置，指定一名图书管理员，每周至少开放三个晚上。
!w 写材料没头绪？范文老师一对一润色，vx：bmz_wenmi
镇文化站要建立借阅台账，每季度组织一次图书轮换，让东村的书能到西村去。
希望大家常来书架前坐一坐，让读书成为椿湾人的好习惯。谢谢大家！
""",
    ),
    dict(
        slug="fanwen-html-tablecloth-canteen-summary",
        site="公文小栈 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwxiaozhan.com/zj/2025/0114/5521.asp",
        title="机关食堂桌布更换及餐桌卫生整治工作总结",
        record_title="机关食堂桌布更换及餐桌卫生整治工作总结（精选）_公文小栈",
        date="2025-01-10",
        notes="old gb2312 table layout with marquee, font-size row, hot list and QQ float; 成文日期 under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>机关食堂桌布更换及餐桌卫生整治工作总结（精选）_公文小栈</title>
<script language="javascript">var hits=0;</script></head>
<body bgcolor="#f4f1e8">
<table width="960" align="center"><tr><td><font size="5">⟦m 公文小栈⟧</font> ⟦m 找范文，进小栈⟧</td></tr>
<tr><td><marquee>⟦m 小栈温馨提醒：范文仅供参考，请结合单位实际修改使用⟧</marquee></td></tr>
<tr><td>⟦m 当前位置：小栈首页 &gt;&gt; 总结大全 &gt;&gt; 后勤总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div>⟦m 时间：2025-01-14　作者：栈友0331　点击数：⟧<span id="hits">⟦m 1642⟧</span></div>
<div>⟦a 【字体大小：特大 常规 偏小】⟧⟦a 【打印此文】⟧⟦a 【关闭本页】⟧</div>
{BODY}
<div>⟦l 上一条：后勤服务中心年度安全工作总结⟧</div>
<div>⟦l 下一条：机关节约粮食专项行动总结⟧</div>
</td><td width="240" valign="top">
<b>⟦l 本周热文⟧</b><br>⟦l 1.食堂管理员述职报告⟧<br>⟦l 2.餐饮服务质量提升方案⟧<br>
<div class="qqfloat">⟦w 代笔热线QQ 28806413 包原创⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本栈部分内容收集于网络，如涉侵权请告知删除。⟧<br>⟦m 豫ICP备15077213号⟧　⟦m 访问量：00386217⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，局后勤服务中心围绕“餐桌洁净、就餐舒心”目标，对机关食堂餐桌桌布进行了集中更换和规范管理，现将有关情况总结如下。
一、更换基本情况。全年共淘汰化纤桌布126张，统一更换为可高温消毒的纯棉桌布168张，另配备防水垫层42块。
二、建立清洗制度。实行“一餐一擦、一日一换、一周一消”，桌布由专人送洗，收发登记表按月归档。
三、存在问题。浅色桌布污渍难以去除，部分职工就餐后未将餐盘送至回收台。
下一步，我们将试点可擦拭硅胶台布，并把文明就餐纳入科室考评。
楠溪县机关事务服务中心
2025年1月10日
""",
    ),
    dict(
        slug="wenku-paperweight-heritage-plan-markers",
        site="墨香文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.moxiangdoc.com/p-330871562.html",
        title="榆岭县铜镇纸制作技艺保护传承工作方案",
        record_title="榆岭县铜镇纸制作技艺保护传承工作方案.pdf",
        date="2025-03-06",
        notes="file-name title; page markers of my own cut sentences; 成文日期 in Chinese numerals",
        page="""
!m 墨香文库 · 海量文档在线读
!a 下载本文档需消耗 8 墨点　｜　会员免费
!m 文档页数：4　上传者：yl_wenhua　上传时间：2025-03-19
{T}
{BODY}
!a 试读已到尽头，解锁全文请充值墨点
!l 看了这篇的人还看了：非遗工坊建设实施方案｜传统工艺振兴计划
!d 声明：文档由用户上传，墨香文库仅提供存储空间，如有侵权请点击投诉。
""",
        pages=dict(fmt="⸢{n}⸣", every=120, start=2),
        body="""
为保护传承铜镇纸制作这一省级非物质文化遗产项目，推动传统技艺与现代生活相融合，结合我县实际，制定本方案。
一、工作目标。到2026年底，建成铜镇纸传承工坊2个，培养县级以上代表性传承人5名，开发文创产品20款以上。
二、主要任务。开展技艺记录，对錾刻、失蜡浇铸、打磨包浆等工序进行影像建档；实施带徒传艺，每名传承人每年带徒不少于3人；推动进校园，在县职业中专开设选修课程。
三、保障措施。县文化和旅游局牵头，财政每年安排保护经费30万元，对成效突出的工坊给予奖励。
榆岭县文化和旅游局
二〇二五年三月六日
""",
    ),
    dict(
        slug="wenku-html-gluestick-survey-reader",
        site="知页文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyedoc.net/read/7720915.html",
        title="关于小学生使用固体胶棒安全情况的调研报告",
        record_title="关于小学生使用固体胶棒安全情况的调研报告 - 知页文档",
        date=None,
        notes="modern reader cut by page paragraphs; VIP lock; no date (upload stamp only)",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于小学生使用固体胶棒安全情况的调研报告 - 知页文档</title>
<script src="/static/reader.js"></script></head>
<body><header class="top"><a class="logo">⟦m 知页文档⟧</a><nav>⟦m 教育 ｜ 公文 ｜ 论文 ｜ 行业报告⟧</nav><a class="vip">⟦a 开知页会员，全站文档随心下⟧</a></header>
<main class="reader"><h1>{T}</h1>
<p class="info">⟦m 上传于 2025-05-02 · 共 5 页 · 浏览 874 · 字数约 2900⟧</p>
<div class="pages">
{BODY}
</div>
<div class="lock">⟦a 剩余内容已隐藏，开通会员即可阅读全文⟧ <button>⟦a 立即解锁⟧</button></div>
</main>
<aside><h3>⟦l 同类文档推荐⟧</h3><ul><li>⟦l 学生文具质量抽查情况报告⟧</li><li>⟦l 校园周边文具店调查⟧</li></ul></aside>
<footer>⟦d 知页文档内容均由用户上传，平台不对内容真实性负责。⟧ ⟦m 沪ICP备20041128号⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⸢{n}⸣", every=110, start=2),
        body="""
为了解小学生使用固体胶棒的安全状况，课题组于上学期走访了檀山区6所小学，向三至六年级学生发放问卷1200份，收回有效问卷1136份。
调查显示，学生使用的胶棒中约四成为校门口小店散装销售，外包装无厂名厂址、无执行标准的占18.7%。
有23%的学生表示曾把胶棒当作“口红”涂抹，低年级学生中有人出现过嘴唇红肿、皮肤瘙痒等情况。
建议市场监管部门加强对校园周边文具店的抽检，学校将文具安全纳入开学第一课，家长为孩子选购带有标准编号的产品。
""",
    ),
    dict(
        slug="gov-zhenjiang-bookshelf-library-notice",
        site="笺溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jianxi.gov.cn/zwgk/tzgg/202506/t20250609_419823.html",
        title="关于开展农家书屋书架更新和图书补充工作的通知",
        record_title="关于开展农家书屋书架更新和图书补充工作的通知_笺溪县人民政府",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="county portal with 长辈版/无障碍 links and 索引号 table; document number neutral; own contact next to portal hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展农家书屋书架更新和图书补充工作的通知_笺溪县人民政府</title></head>
<body><div class="topbar">⟦m 笺溪县人民政府门户网站⟧ <a>⟦a 长辈版⟧</a> <a>⟦a 无障碍浏览⟧</a> <a>⟦a 登录｜注册⟧</a></div>
<nav>⟦m 首页 政务公开 政务服务 互动交流 走进笺溪⟧</nav>
<div class="crumb">⟦m 您的位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11330729MB0F23/2025-00371⟧</td><td>⟦m 发布机构：县委宣传部⟧</td></tr><tr><td>⟦m 发文日期：2025-06-09⟧</td><td>⟦m 主题分类：文化⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">笺宣〔2025〕9号</p>
{BODY}
<div class="tools">⟦a 【打印正文】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微博 微信 QQ空间⟧</div>
<div class="footer">⟦m 主办：笺溪县人民政府办公室　网站标识码3307290011⟧<br>⟦m 网站纠错电话：0579-86120012⟧ ⟦m 浙ICP备05012677号⟧</div>
</body></html>
""",
        body="""
各乡镇（街道）宣传委员，县文化馆、县图书馆：
为提升农家书屋服务效能，县委宣传部决定在全县开展书架更新和图书补充工作。现将有关事项通知如下。
一、更新范围。对使用超过八年、存在变形霉变的木质书架予以更换，每个书屋按不少于6组标准配置。
二、图书补充。每个书屋补充新书不少于300册，其中少儿读物和农业科技类图书合计不低于一半。
三、时间安排。6月30日前各乡镇上报需求清单，9月底前完成配送上架。
联系人：陈书阁，电话：0579-86123390。
附件：1.农家书屋书架需求统计表
2.补充图书推荐目录
中共笺溪县委宣传部
2025年6月6日
""",
    ),
    dict(
        slug="gov-text-tablecloth-township-ban",
        site="棠口镇政务网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tangkou.yuling.gov.cn/xxgk/tz/2025/0317/1182.shtml",
        title="关于在红白喜事中推广可重复使用桌布的通知",
        date="2025-03-14",
        notes="record title clean; text township portal; visits, print buttons, footer",
        page="""
!m 棠口镇人民政府　政务公开
!m 当前：首页→信息公开→通知公告
{T}
!m 信息来源：镇综治办　　公开日期：2025-03-17　　阅读次数：466
!a 字号：〖大〗〖中〗〖小〗　〖打印〗
{BODY}
!l 相关信息：棠口镇移风易俗工作实施方案
!m 棠口镇人民政府主办　地址：棠口镇新街1号　邮编：331420
""",
        body="""
各村（居）委会：
近年来，一些农户操办红白喜事时大量使用一次性塑料桌布，用后随意丢弃，影响村容村貌。为倡导节俭办事、减少白色污染，现就有关事项通知如下：
一、各村红白理事会要向群众推广可清洗的棉麻桌布，镇里为每个村配备公用桌布100张，免费借用。
二、借用实行登记制，用后清洗干净归还，损坏的按成本价赔偿。
三、各村将执行情况纳入村规民约，每月底报镇综治办。
棠口镇人民政府
2025年3月14日
""",
        date_also=["2025-03-17"],
    ),
    dict(
        slug="news-html-paperweight-museum-exhibit",
        site="樟浦晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zpwb.com.cn/news/2025-05/18/content_302188.htm",
        title="百方镇纸亮相樟浦博物馆",
        record_title=None,
        date="2025-05-18",
        notes="evening paper; title missing from the record, found in h1; photo caption between paragraphs; editor line glued after last sentence",
        page="""
<html><head><meta charset="utf-8"><title>樟浦晚报网</title></head>
<body><div class="head">⟦m 樟浦晚报网 · 城事⟧ <a>⟦a 下载客户端⟧</a> <a>⟦a 数字报⟧</a></div>
<div class="nav">⟦m 首页｜本地｜民生｜文化｜体育｜视频⟧</div>
<div class="ad">⟦l 【广告】樟浦湾一号 江景现房热销中⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-18 09:42　来源：樟浦晚报　记者 苏墨⟧</div>
{BODY}
<div class="share">⟦l 分享至：微信好友 朋友圈 微博⟧</div>
<div class="hot"><h4>⟦l 热点推荐⟧</h4><p>⟦l 樟浦夜市今晚起延时至零点⟧</p><p>⟦l 端午假期全市公园开放时间表⟧</p></div>
<div class="foot">⟦d 樟浦晚报网所刊稿件未经授权不得转载⟧ ⟦m 互联网新闻信息服务许可证：33120190011⟧</div>
</body></html>
""",
        body="""
本报讯 5月18日国际博物馆日，“案头方寸——历代镇纸展”在樟浦博物馆开幕，展出汉代至民国镇纸103方。
展品中既有铜、玉、石质的文人镇纸，也有旧时商号用来压账本的铁尺，不少是市民近年捐赠的。
⟦m 图为市民在展柜前观看一对清代竹刻镇纸。苏墨 摄⟧
策展人介绍，展期内每周六将开设拓印体验课，观众可用镇纸压纸、亲手拓下纹样。展览将持续至8月底，免费参观。⟦m （编辑：叶青）⟧
""",
    ),
    dict(
        slug="news-text-stamppad-post-office-lead",
        site="榕岗新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.ronggang.cn/2025/0707/m4471.html",
        title="榕岗邮政网点旧印台换新 寄件盖章不再沾手",
        record_title="榕岗邮政网点旧印台换新 寄件盖章不再沾手_榕岗新闻网",
        date="2025-07-07",
        notes="title repeated glued before the lead; byline date; hot list",
        page="""
!m 榕岗新闻网　要闻｜社会｜区县
{T}
!m 发布时间：2025-07-07 10:15:26　来源：榕岗新闻网　编辑：林立
!a 【我要纠错】【打印】【收藏】
⟦t 榕岗邮政网点旧印台换新 寄件盖章不再沾手⟧{BODY}
!l 今日热点
!l · 城区三条公交线路下周起调整
!l · 榕岗中考成绩明日可查
!m 网站地址：news.ronggang.cn　新闻热线：0591-8733 0000
""",
        body="""
近日，榕岗区12个邮政网点的旧式海绵印台全部换成了回墨印台，群众在营业厅按手印、盖私章时不再沾得满手红油。
据介绍，旧印台用久后印油外渗，常弄脏衣袖和单据。新印台采用微孔结构，按压即出油，每只可连续使用约五千次。
网点工作人员还在柜台边备好了湿纸巾，方便老年人办理业务后擦手。
""",
    ),
    dict(
        slug="forum-html-trivet-diy-thread-jammer",
        site="巧手家居论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoujia.com/thread-90133-1-1.html",
        title="用旧瓶盖做了个隔热垫，分享下步骤",
        record_title="用旧瓶盖做了个隔热垫，分享下步骤 - 手工DIY - 巧手家居论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts; relative time only; floor meta",
        page="""
<html><head><meta charset="utf-8"><title>用旧瓶盖做了个隔热垫，分享下步骤 - 手工DIY - 巧手家居论坛</title></head>
<body><div id="hd">⟦m 巧手家居论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 巧手家居论坛 › 生活区 › 手工DIY › 查看帖子⟧</div>
<div class="ts"><h1>{T}</h1> ⟦m 查看: 2137｜回复: 26⟧</div>
<div class="pi">⟦m 楼主　木桌子　发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦a 回复⟧ ⟦a 收藏⟧ ⟦a 举报⟧</div>
<div class="pi">⟦l 沙发　晴天小满：学到了，周末带娃一起做⟧</div>
<div class="sign">⟦d 本帖内容仅代表楼主观点，与本论坛立场无关⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 2009-2025 巧手家居⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
家里攒了一抽屉啤酒瓶盖，扔了可惜，琢磨着做个锅底的隔热垫。
材料很简单：瓶盖37个，麻绳一卷，热熔胶一支，一块圆形软木板。
先把瓶盖洗净晾干，齿口朝下在木板上排成蜂窝形，用热熔胶逐个粘牢。
再用麻绳沿外圈绕三圈收边，绳头塞进缝里。
放了一个月砂锅，木板没烫坏，就是瓶盖那面别直接接触明火。
""",
    ),
    dict(
        slug="forum-text-bookshelf-move-help",
        site="檀山生活圈 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.tanshanq.com/forum.php?mod=viewthread&tid=55120",
        title="老旧书架要不要加防倾倒固定？",
        record_title="[求助]老旧书架要不要加防倾倒固定？ - 家装板块 - 檀山生活圈",
        title_also=["[求助]老旧书架要不要加防倾倒固定？"],
        date=None,
        notes="text forum with junk lines; relative time; reply floor chrome",
        page="""
!m 檀山生活圈 › 家装板块
!t [求助]老旧书架要不要加防倾倒固定？
!m 楼主：阿福爸　发表于 昨天 21:08　只看该作者
{BODY}
!l 2楼　板凳哥：一定要固定，去年我家就倒过一次
!a 回复本帖　｜　点赞 12　｜　收藏
!m 檀山生活圈 www.tanshanq.com　客服：0596-5512700
""",
        junk=dict(lines=1, glued=1),
        body="""
家里有个用了十多年的落地书架，高一米九，上面塞满了书。
最近孩子喜欢踩着下层去够上面的绘本，我担心哪天整个翻过来。
请问大家，这种书架是用L型角码固定在墙上好，还是用防倾倒绳好？墙是轻质隔墙，不知道能不能打膨胀螺丝。
有经验的朋友麻烦说说，先谢过了。
""",
    ),
    dict(
        slug="blog-html-gluestick-teacher-notes",
        site="粉笔灰里的日子 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://fenbihui.blog.cn/post/2025/04/glue",
        title="一支胶棒的课堂",
        record_title="一支胶棒的课堂 | 粉笔灰里的日子",
        date="2025-04-11",
        notes="blog with tag cloud, archive and comments; bracketed post time taken as date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>一支胶棒的课堂 | 粉笔灰里的日子</title></head>
<body><header><h2>⟦m 粉笔灰里的日子⟧</h2><p>⟦m 一个乡村美术老师的记录⟧</p></header>
<article><h1>{T}</h1>
<p class="meta">⟦m [2025-04-11 20:36]　分类：课堂手记　阅读(318)　评论(4)⟧</p>
{BODY}
<p class="tags">⟦l 标签：美术课 手工 乡村教师⟧</p>
</article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年04月 (6)⟧</li><li>⟦l 2025年03月 (9)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 拼贴 剪纸 写生 孩子们⟧</p></aside>
<section class="comments"><h4>⟦l 发表评论⟧</h4><p>⟦l 青苔：胶棒省着用，说得真好⟧</p></section>
<footer>⟦d 本博客文字除注明外均为原创，转载请注明作者⟧</footer>
</body></html>
""",
        body="""
今天三年级上拼贴画，全班27个孩子，我只带了一盒胶棒，每人分到的不多。
我让他们先把碎纸排好，再只在纸角点一点胶。没想到这样粘出来的画反而平整，不起皱。
下课时，小雨把用剩的半截胶棒交回来，说留给下一个班。
那一刻我想，节约不是讲出来的，是孩子们自己在手上学会的。
""",
    ),
    dict(
        slug="blog-text-stamppad-calligrapher-diary",
        site="半亩砚田 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://banmuyantian.blog.net/article/7731.html",
        title="印台与印泥",
        record_title="【随记】印台与印泥 - 半亩砚田",
        date=None,
        notes="hard-wrapped blog essay; year only; recent posts list",
        page="""
!m 半亩砚田的博客
!m 首页 | 博文目录 | 相册 | 关于我
{T}
!m 分类：闲笔　　标签：篆刻 印泥　　（2025年写于灯下）
{BODY}
!l 上一篇：刻刀磨了一下午
!l 下一篇：给孙女刻的第一方名章
!a 赞(7)　转载　分享
!d 本文为博主原创，未经许可请勿转载。
""",
        wrap=62,
        body="""
朋友问我，办公室用的印台和书画用的印泥有什么不同。印台是海绵吸饱了水性印油，盖起来快，干得也快，适合公文一天盖几百次；印泥是朱砂、艾绒和油调和的，盖在宣纸上颜色沉着，几十年不褪。
我年轻时在厂里当文书，桌上一只铁皮印台，蓝色的，每周添一次油。后来学了篆刻，才知道好印泥要“夏不渗油、冬不凝冻”，一盒能用十年。
两样东西，一样图快，一样图久，各有各的用处。
""",
    ),
]
