"""holdout170, part F: rattle drums (拨浪鼓). Invented text, sites, places and people; see ../build.py."""

CASES = [
    dict(
        slug="blog-craftsman-rattle-drum-skin",
        site="鼓匠日志 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://guzhang.blogbus-cn.com/post/20250608.html",
        title="给拨浪鼓蒙皮，急不得",
        record_title="给拨浪鼓蒙皮，急不得 – 鼓匠日志",
        date="2025-06-08",
        notes="craftsman's blog with bracketed post time, tag cloud, archive and comments",
        page="""
<html><head><meta charset="utf-8"><title>给拨浪鼓蒙皮，急不得 – 鼓匠日志</title></head><body>
<div class="blog-title">⟦m 鼓匠日志　一个做拨浪鼓的老手艺人⟧</div>
<h2>{T}</h2>
<div class="time">⟦m [2025-06-08 21:30]⟧</div>
{BODY}
<div class="cmt">⟦l 评论(4)　｜　发表评论⟧</div>
<div class="side"><h4>⟦l 标签云⟧</h4><p>⟦l 拨浪鼓 蒙皮 手艺 非遗⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年6月 (2)⟧</p><p>⟦l 2025年5月 (4)⟧</p></div>
</body></html>
""",
        body="""
这几天梅雨，蒙的鼓皮总是干不透。
拨浪鼓的鼓皮用的是羊皮，泡软了绷在鼓框上，四周用小钉固定，再放到阴凉通风的地方慢慢阴干。心急放到太阳底下晒，皮一收缩就裂了。
干透的鼓皮拍上去是“嘭嘭”的脆响，没干透的声音发闷。我一般等上三天，天气不好就等五天。
徒弟问我能不能用电吹风，我说，你试试，裂了算你的。
""",
    ),
    dict(
        slug="forum-collectors-old-rattle-drums",
        site="老玩意收藏论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.laowanyi.net/thread-61023-1-1.html",
        title="晒晒我收的几只老拨浪鼓",
        record_title="晒晒我收的几只老拨浪鼓 - 民俗玩具 - 老玩意收藏论坛",
        date="2025-01-19",
        notes="Discuz-like forum with jammer fonts inside the post; 发表于 date",
        page="""
<html><head><meta charset="gbk"><title>晒晒我收的几只老拨浪鼓 - 民俗玩具 - 老玩意收藏论坛</title></head><body>
<div id="hd">⟦m 老玩意收藏论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 民俗玩具 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 藏友 货郎担⟧<br>⟦m 帖子 233 积分 1570⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2025-1-19 15:47⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 支持 反对 收藏 分享⟧</div></td></tr></table>
<div class="pgs">⟦l 下一主题：求鉴定一只铁皮青蛙⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　老玩意收藏论坛⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
入坑三年，陆续收了七只老拨浪鼓，今天挑三只晒晒。
第一只是木框羊皮的，鼓面画着胖娃娃，卖家说是七十年代货郎担上的。第二只是竹筒做的，鼓柄有裂，但两颗坠子还在。第三只是铁皮的，应该是厂里批量生产的，漆色还很鲜艳。
欢迎懂行的朋友指点年代。
""",
    ),
    dict(
        slug="wechat-heritage-rattle-drum-village",
        site="荪湾非遗 公众号镜像 (invented)",
        style="公众号镜像",
        genre="文章",
        kind="news",
        form="text",
        source="https://mp.mirror-read.com/s/SunwanFY_0412",
        title="一个村，一年做出三十万只拨浪鼓",
        record_title="一个村，一年做出三十万只拨浪鼓",
        date="2025-04-12",
        notes="WeChat mirror: account line date; 阅读原文/在看; follow prompt; article's 关注 sentence kept",
        page="""
!m 荪湾非遗
!m 2025年04月12日 20:16　原创
{T}
!a 点击蓝字，关注我们
{BODY}
!m 文字：汤蕾　图片：村委会
!a 阅读原文　　在看　　分享
!d 本文转载自公众号“荪湾非遗”，版权归原作者所有
""",
        body="""
在荪湾县柳桥村，几乎家家都会做拨浪鼓。村里有拨浪鼓作坊27家，去年生产各式拨浪鼓30万只，销往全国各地的景区和庙会。
村民习大姐说，她做一只拨浪鼓要经过削柄、圈框、蒙皮、绘彩、系坠五道工序，熟练了一天能做六十只。
如今，柳桥村的拨浪鼓还上了直播间。喜欢这门手艺的朋友，可以关注“荪湾非遗”，了解柳桥村的研学体验活动。
""",
    ),
    dict(
        slug="localbbs-peddler-rattle-memories",
        site="菖溪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.changxi.cc/forum.php?mod=viewthread&tid=80417",
        title="还记得摇着拨浪鼓进村的货郎吗",
        record_title="还记得摇着拨浪鼓进村的货郎吗 - 菖溪往事 - 菖溪论坛",
        date=None,
        notes="county forum post with relative time; replies as list; no date",
        page="""
<html><head><meta charset="utf-8"><title>还记得摇着拨浪鼓进村的货郎吗 - 菖溪往事 - 菖溪论坛</title></head><body>
<div class="hd">⟦m 菖溪论坛 · 菖溪人自己的网上家园⟧</div>
<div class="pt">⟦m 菖溪论坛 › 菖溪往事⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主 老街坊　发表于 3 天前⟧</div>
{BODY}
<div class="reply"><p>⟦l 2# 青石巷：记得！我小时候用鸡毛换过麦芽糖⟧</p><p>⟦l 3# 阿辉：货郎担上的针线、纽扣，我妈最爱⟧</p></div>
<div class="ft">⟦m 菖溪论坛 客服QQ：80127733⟧</div>
</body></html>
""",
        body="""
小时候最盼的，就是听见村口“咚咚咚”的拨浪鼓声。
那是货郎挑着担子来了。担子一头是针头线脑、发卡、纽扣，一头是糖和小玩具。我们拿鸡毛、牙膏皮去换，能换一小块麦芽糖。
现在村里超市、快递什么都有，再也听不到那鼓声了。
""",
    ),
    dict(
        slug="assoc-toy-rattle-small-parts-pledge",
        site="蓠山市玩具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.lishantoy.org/xhgg/2025/0530.html",
        title="关于加强婴幼儿拨浪鼓类玩具小零件安全管控的倡议",
        record_title="[行业倡议] 关于加强婴幼儿拨浪鼓类玩具小零件安全管控的倡议",
        date="2025-05-30",
        notes="association pledge with numbered points; signature date",
        page="""
!m 蓠山市玩具行业协会
!m 首页 ＞ 协会公告
{T}
!m 发布：秘书处　2025-05-30
!a 分享到微信　　打印本页
{BODY}
!m 协会地址：蓠山市工贸大厦9楼　电话：0745-6218830
""",
        body="""
各会员企业：
拨浪鼓是婴幼儿最常见的手摇玩具之一。近期抽查发现，个别产品鼓坠绳长度超标、坠珠易脱落，存在婴幼儿误吞风险。协会倡议：
一、严格执行玩具安全国家标准，鼓坠绳长度和坠珠直径不达标的一律不出厂。
二、在包装上标注“三岁以下儿童须在成人看护下使用”。
三、每季度开展一次拉力测试，留存测试记录。
蓠山市玩具行业协会
2025年5月30日
""",
    ),
    dict(
        slug="company-toy-rattle-recall",
        site="童乐玩具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.tongle-toys.com/news/recall-2025-08.html",
        title="关于召回部分型号婴儿拨浪鼓的公告",
        record_title="关于召回部分型号婴儿拨浪鼓的公告 - 童乐玩具",
        date="2025-08-05",
        notes="company site with recall batches table; after-sales line kept beside a 400 sales line in the float box",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分型号婴儿拨浪鼓的公告 - 童乐玩具</title></head><body>
<div class="logo">⟦m 童乐玩具 TONGLE TOYS⟧</div>
<div class="nav">⟦m 首页 品牌故事 产品中心 新闻动态 联系我们⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.08.05　新闻动态⟧</div>
{BODY}
<div class="float">⟦w 订购热线 400-629-0088⟧ ⟦w 在线客服⟧</div>
<footer>⟦m © 2025 童乐玩具有限公司 粤ICP备17035120号⟧</footer>
</body></html>
""",
        body="""
我公司发现部分婴儿拨浪鼓的鼓坠固定不牢，存在脱落后被婴幼儿误吞的风险。为保障儿童安全，现决定召回以下产品：
型号　生产批号　数量
TL-B12　240611至240630　6800只
TL-B15　240702至240715　4200只
请消费者立即停止使用，凭产品或购物凭证到原购买门店办理退款。
召回咨询电话：0754-8590216（售后服务部）
童乐玩具有限公司
2025年8月5日
""",
    ),
    dict(
        slug="pta-heritage-assistant-interview-notice",
        site="荪湾县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.sunwan.gov.cn/gg/2025/0910.html",
        title="荪湾县文化馆2025年公开招聘非遗项目（拨浪鼓制作技艺）辅助人员面试公告",
        date="2025-09-10",
        notes="personnel-exam site; interview timetable; 打印 面试通知书 sentence kept; exam office 咨询电话 beside technical line",
        page="""
<html><head><meta charset="utf-8"><title>荪湾县人事考试网</title></head><body>
<div class="hd">⟦m 荪湾县人事考试网⟧ ⟦a 考生登录⟧</div>
<div class="nav">⟦m 首页 考试公告 成绩查询 政策法规⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-09-10　来源：县人社局⟧</div>
{BODY}
<div class="foot">⟦m 网站技术支持电话：0736-8129000⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将面试有关事项公告如下：
岗位　面试时间　面试形式
辅助人员（制作）　9月20日上午8:30　结构化面试＋实操
辅助人员（讲解）　9月20日下午14:00　结构化面试
请考生于9月15日后登录本网站打印面试通知书，面试当天携带身份证原件。
咨询电话：0736-8126603
荪湾县人力资源和社会保障局
2025年9月10日
""",
    ),
    dict(
        slug="wiki-rattle-drum-entry",
        site="学知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.xuezhibaike.com/wiki/拨浪鼓",
        title="拨浪鼓",
        record_title="拨浪鼓_学知百科",
        date=None,
        notes="encyclopaedia entry; edit stamp and views; no date",
        page="""
!m 学知百科 › 民俗 › 传统玩具
{T}
!a 编辑词条　　收藏　　分享
!l 目录：1 结构 2 历史 3 民俗
{BODY}
!m 本词条由“学知百科”用户共同编辑，最后修改于5天前，浏览5.2万次
!d 词条内容仅供参考，如需专业意见请咨询相关人士。
""",
        body="""
拨浪鼓，一种传统民间玩具和乐器，主体为带柄的小鼓，鼓两侧系有弹丸，转动鼓柄时弹丸击打鼓面发声。
结构
由鼓柄、鼓框、鼓皮和鼓坠组成，鼓皮多用羊皮或纸，鼓框多用木或竹。
历史
古称“鼗”，早期为礼乐器，宋代以后逐渐成为儿童玩具，也是走街串巷的货郎招揽生意的响器。
""",
    ),
    dict(
        slug="fanwen-kindergarten-rattle-music-lesson",
        site="幼师范文网 (invented)",
        style="范文站",
        genre="教案",
        kind="other",
        form="text",
        source="https://www.youshifanwen.com/jiaoan/yinyue/5120.html",
        title="小班音乐活动《摇摇拨浪鼓》教案",
        record_title="【精品】小班音乐活动《摇摇拨浪鼓》教案（精选3篇）",
        date=None,
        notes="范文 site; decorated title; writing-service line between paragraphs; no date",
        page="""
!m 幼师范文网　幼儿园老师的写作帮手
!m 当前位置：首页 > 幼儿园教案 > 音乐教案
!t 【精品】小班音乐活动《摇摇拨浪鼓》教案（精选3篇）
!m 更新时间：2小时前　阅读：640
{BODY}
!a 复制本文　下载Word
!l 相关推荐：小班美术《彩色的鼓》｜小班律动《小手拍拍》
!m 幼师范文网 冀ICP备22005730号
""",
        body="""
活动目标
1. 感受拨浪鼓的声音，能跟着音乐节奏摇鼓。
2. 体验和同伴一起演奏的快乐。
活动准备
拨浪鼓人手一只，音乐《小鼓响咚咚》。
⟦w 需要原创教案请联系微信 ysfw0808⟧
活动过程
一、教师出示拨浪鼓，请幼儿猜猜它会发出什么声音。
二、幼儿自由摇鼓，说说怎样摇声音大、怎样摇声音小。
三、跟着音乐，在强拍上摇鼓，弱拍上停下来。
""",
    ),
    dict(
        slug="docshare-rattle-festival-opening-speech",
        site="文享网 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.wenxiang.net/doc/3318207.html",
        title="在首届柳桥拨浪鼓文化节开幕式上的致辞",
        date="2025-10-01",
        notes="document-sharing reader; date under the title neutral; upload stamp no date; download prompt",
        page="""
<html><head><meta charset="utf-8"><title>在首届柳桥拨浪鼓文化节开幕式上的致辞 - 文享网</title></head><body>
<div class="hd">⟦m 文享网⟧ ⟦a 上传文档⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<p>（2025年10月1日）</p>
<div class="uinfo">⟦m 上传者：柳桥村委　上传于 2025-10-03　3页⟧</div>
{BODY}
<div class="dl">⟦a 下载本文档（需1下载券）⟧</div>
<div class="foot">⟦d 本站文档均由用户上传，如涉及侵权请联系删除⟧</div>
</body></html>
""",
        body="""
各位来宾，朋友们：
金秋十月，欢迎大家来到柳桥村，参加首届拨浪鼓文化节。
一只小小的拨浪鼓，摇响了柳桥几代人的日子。过去，我们的父辈挑着拨浪鼓走村串户；今天，柳桥的拨浪鼓走进了景区、商场和直播间。
文化节期间，大家可以参观作坊，动手做一只属于自己的拨浪鼓。
祝文化节圆满成功！谢谢大家！
""",
    ),
]
