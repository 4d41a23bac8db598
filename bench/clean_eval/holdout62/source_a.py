"""holdout62, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-liuyun-speech-pomegranate-festival",
        site="榴韵范文屋 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.liuyunfw.net/zhici/jieqing/88213.html",
        title="在第五届丹榴镇石榴文化节开幕式上的致辞",
        record_title="在第五届丹榴镇石榴文化节开幕式上的致辞【通用3篇】",
        date="2025-09-20",
        page="""
!m 榴韵范文屋｜一站搞定开会发言稿
!m 您在这里：范文屋 ≫ 致辞大全 ≫ 节庆致辞
!t 在第五届丹榴镇石榴文化节开幕式上的致辞【通用3篇】
!m 整理：阿榴　　阅读量 4,106　　更新于 3天前
{T}
丹榴镇镇长　祁文蔚
（2025年9月20日）
{BODY}
!a 全文已展示完毕 ▶ 点我把整篇存进手机
!l 同类推荐：水果采摘节开幕词 / 乡村丰收节主持串词 / 农特产品推介会发言
!d 本屋范文均由会员投稿，仅作写作参考，转载请保留出处。
!m 榴韵范文屋 liuyunfw.net　湘ICP备21083311号
""",
        indent="\u3000\u3000",
        body="""
各位来宾，乡亲们、朋友们：
金秋九月，榴果飘香。今天，我们在这里隆重举行第五届丹榴镇石榴文化节，我代表镇党委、镇政府，向远道而来的各位嘉宾表示热烈欢迎！
丹榴镇种植石榴已有三百多年历史，全镇石榴面积达到2.3万亩，年产鲜果4.6万吨。近年来，我们推行“合作社＋果农＋电商”模式，让小石榴变成了乡亲们增收致富的“金果果”。
希望大家走进果园，品尝甜蜜，也把丹榴石榴的好口碑带到四面八方。预祝本届文化节圆满成功！
""",
    ),
    dict(
        slug="fanwen-zhuoyu-html-plan-lotus-root",
        site="卓语文秘网 (invented)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.zhuoyuws.com/fangan/2024/0412/5570.asp",
        title="藕塘乡莲藕产业提质增效工作方案",
        record_title="藕塘乡莲藕产业提质增效工作方案(精选)",
        date="2024-04-10",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>藕塘乡莲藕产业提质增效工作方案(精选)-卓语文秘网</title>
<script src="/js/tj.js"></script></head>
<body><table width="960" align="center"><tr><td>
<div class="logo">⟦m 卓语文秘网 · 公文写作好帮手⟧</div>
<marquee>⟦m 热烈祝贺本站注册会员突破十万！⟧</marquee>
<div class="nav">⟦l 网站首页 | 工作方案 | 实施意见 | 调研报告 | 述职述廉⟧</div>
</td></tr><tr><td width="700">
<div class="wz">⟦m 当前页面：卓语文秘网 - 工作方案 - 农业方案⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2024-04-12　来源：网友投递　点击：⟧⟦m 861 次⟧</div>
<div class="zh">⟦a 【阅读字号：放大 默认 缩小】⟧</div>
{BODY}
<div class="fy">⟦l ←上一篇：乡镇蔬菜保供工作方案　下一篇：稻虾共作示范推广方案→⟧</div>
</td><td width="260">
<div class="hot">⟦l 本周热读⟧<br>⟦l 村级集体经济发展三年行动方案⟧<br>⟦l 农村人居环境整治提升方案⟧</div>
<div class="kf">⟦w 材料定制请拨 0731-8826 4410（工作日）⟧</div>
</td></tr><tr><td colspan="2">
<div class="foot">⟦m 本站访问人数：0039278⟧　⟦m 备案号：湘ICP备18009912号⟧</div>
</td></tr></table></body></html>
""",
        body="""
为推动我乡莲藕产业由“卖原藕”向“卖产品”转变，结合实际，制定本方案。
一、工作目标
到2024年底，全乡莲藕种植面积稳定在8500亩，新建藕粉加工线2条，带动农户增收12%以上。
二、主要措施
（一）推广浅水藕良种，示范种植“鄂莲七号”1200亩。
（二）扶持藕塘合作社建设冷库，延长鲜藕销售期。
（三）举办挖藕技能比武，培育“藕把式”能手30名。
藕塘乡人民政府
2024年4月10日
""",
    ),
    dict(
        slug="wenku-tengyun-summary-rattan-page-markers",
        site="藤云文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wk.tengyun-doc.com/d/7f3a22c901.html",
        title="藤溪县藤编产业协会2024年度工作总结",
        record_title="藤溪县藤编产业协会2024年度工作总结.docx",
        title_in="file-name",
        date="2025-01-08",
        page="""
!m 藤云文库 | 海量实用文档在线看
!t 藤溪县藤编产业协会2024年度工作总结.docx
!m 大小：38KB　页数：3页　格式：DOCX　贡献者：编织匠人
!a ★★★★☆ 评分4.2　　加入书架
{T}
{BODY}
!a 预览到此结束，后面还有1页，支付2元即可下载原稿
!l 看过本文的人还看了：手工艺协会年度总结｜非遗工坊运营总结｜竹编合作社总结
!d 文档内容由用户自行提供，平台仅提供存储空间，如涉及侵权请提交申诉。
""",
        pages=dict(fmt="～{n}～", every=70, start=2),
        body="""
2024年，在县工信局和县工商联的指导下，协会团结全县186家藤编企业和家庭作坊，各项工作取得新进展。
一是拓展销路。组织会员参加广交会等展会5次，签订外贸订单1380万元，同比增长21%。
二是培养人才。开办藤编技艺培训班8期，培训农村妇女412人次，其中96人实现居家就业。
三是规范行业。制定《藤编制品团体标准》，推动会员统一使用溯源标签。
藤溪县藤编产业协会
2025年1月8日
""",
    ),
    dict(
        slug="wenku-baishu-html-speech-yam-preview",
        site="百书阅读文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://read.baishuwk.cn/view/a91c30e7.html",
        title="在全县铁棍山药产业发展推进会上的讲话",
        record_title="在全县铁棍山药产业发展推进会上的讲话 - 百书阅读文库",
        date="2024-11-06",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>在全县铁棍山药产业发展推进会上的讲话 - 百书阅读文库</title>
<script>var docId='a91c30e7';</script></head><body>
<header class="top"><span>⟦m 百书阅读文库⟧</span><a>⟦a 登录⟧</a><a>⟦a 免费注册⟧</a></header>
<div class="crumb">⟦m 文库首页 › 党政材料 › 领导讲话⟧</div>
<div class="doc-head"><h1>{T}</h1><p>⟦m 上传者：薯乡人　共4页　1.2万次浏览⟧</p></div>
<div class="reader">
<p>（2024年11月6日）</p>
{BODY}
</div>
<div class="paywall">⟦a 剩下的3页需要开通阅读卡才能继续浏览⟧ <button>⟦a 立即开通⟧</button></div>
<aside class="rel"><h4>⟦l 相似文档⟧</h4><ul><li>⟦l 特色农产品品牌建设讲话⟧</li><li>⟦l 农业产业化联合体推进会发言⟧</li></ul></aside>
<footer>⟦d ©百书阅读文库 文档版权归上传者所有⟧</footer>
</body></html>
""",
        pages=dict(fmt="第{n}页", every=60, start=2),
        body="""
同志们：
薯岭县是全国有名的铁棍山药产区，今年全县种植面积达到6.8万亩，平均亩产1900公斤，产值突破9亿元。
下一步，要抓好三件事：一是稳定种植面积，推行轮作倒茬，防止连作减产；二是延长产业链，支持企业开发山药粉、山药片等产品；三是打响地理标志品牌，严厉查处冒用产地标识的行为。
""",
    ),
    dict(
        slug="gov-xianquan-notice-hot-spring-html",
        site="汤泉县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tangquan.gov.cn/zwgk/tzgg/202412/t20241203_448102.html",
        title="汤泉县文化和旅游局关于开展温泉经营场所安全检查的通知",
        date="2024-12-02",
        date_also=["2024-12-03"],
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>汤泉县文化和旅游局关于开展温泉经营场所安全检查的通知_汤泉县人民政府</title></head>
<body>
<div class="toolbar">⟦a 无障碍浏览⟧　⟦a 关怀版⟧　⟦m 今天是：2026年12月5日 星期六⟧</div>
<div class="banner">⟦m 汤泉县人民政府　泉城汤泉 养生福地⟧</div>
<nav>⟦l 首页 政务公开 政务服务 互动交流 走进汤泉⟧</nav>
<div class="loc">⟦m 所在位置：首页 >> 政务公开 >> 部门文件⟧</div>
<table class="gk"><tr><td>⟦m 索引号：TQ-00417-2024-0099⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文日期：2024-12-02⟧</td><td>⟦m 发布时间：2024-12-03 16:20⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">汤文旅〔2024〕31号</p>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a [打印正文] [关闭本页] [收藏]⟧</div>
<div class="share">⟦l 转发到：微博 微信 QQ空间⟧</div>
<footer><p>⟦m 主办：汤泉县人民政府办公室　承办：汤泉县政务服务数据管理局⟧</p><p>⟦m 网站标识码：4310280012　湘公网安备43102802000113号⟧</p></footer>
</body></html>
""",
        body="""
各温泉酒店、洗浴及康养经营单位：
为保障今冬明春温泉旅游旺季游客安全，县文化和旅游局决定于12月5日至12月25日开展温泉经营场所安全检查。
一、检查内容：高温池水温警示标识、防滑设施、电气线路、水质检测记录及应急救护人员配备情况。
二、工作要求：各单位须于12月4日前完成自查，自查表报县文旅局市场股。
联系人：唐明溪，电话：0735-6612803。
附件：温泉经营场所安全自查表
汤泉县文化和旅游局
2024年12月2日
""",
    ),
    dict(
        slug="gov-lianfeng-opinion-ginkgo-text",
        site="杏坪区人民政府网 (invented)",
        style="政府门户",
        genre="实施意见",
        kind="opinion",
        form="text",
        source="http://www.xingping.gov.cn/art/2025/3/18/art_2281_70312.html",
        title="杏坪区关于加强古银杏树保护管理的实施意见",
        record_title=None,
        date="2025-03-14",
        page="""
!m 杏坪区人民政府网　【长辈版】【English】
!m 首页 / 信息公开 / 政策文件 / 区政府文件
!a 分享到：
{T}
杏政发〔2025〕6号
!m 发布日期：2025-03-18　浏览次数：207　字号：[ 大 中 小 ]
{BODY}
!l 【相关解读】一图读懂古银杏树保护实施意见
!a 【打印】【关闭】
!m 杏坪区人民政府办公室主办　联系电话：0571-8690 2210
!m 浙ICP备05022118号
""",
        indent="　　",
        body="""
各街道办事处、区政府各部门：
我区现有树龄百年以上的古银杏树137株，是珍贵的自然和文化遗产。为加强保护管理，提出如下意见。
一、实行一树一档。区林业部门对每株古银杏建立档案，设置保护牌和二维码，市民扫码即可查询树龄和养护责任人。
二、落实养护责任。古树所在单位或村（社区）为养护责任人，每年春秋两季开展病虫害防治。
三、严禁擅自移植、砍伐古银杏树，违者依法查处。
杏坪区人民政府
2025年3月14日
""",
        date_also=["2025-03-18"],
    ),
    dict(
        slug="news-zhouping-html-donkey-farm-byline",
        site="粱城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liangchengnews.cn/2025/0611/c1021-90331.html",
        title="驴河镇黑毛驴养殖带富百户村民",
        date="2025-06-11",
        record_date="2025-06-11",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>驴河镇黑毛驴养殖带富百户村民--粱城新闻网</title></head><body>
<div class="head">⟦m 粱城新闻网 | 粱城县融媒体中心主办⟧ <span>⟦a 下载粱城发布APP⟧</span></div>
<ul class="menu">⟦l 要闻 乡镇 民生 视频 专题⟧</ul>
<div class="pos">⟦m 首页 > 乡镇频道⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-11 09:32　来源：粱城县融媒体中心　记者 郝田禾 通讯员 白露⟧</div>
<div class="art">
{BODY}
</div>
<div class="editor">⟦m 【编辑：邓晓 审核：冯岳】⟧</div>
<div class="hot24"><h3>⟦l 24小时热文⟧</h3><ol><li>⟦l 粱城高粱酒入选省级老字号⟧</li><li>⟦l 县城新增三条公交线路⟧</li></ol></div>
<footer>⟦d 未经授权禁止转载粱城新闻网原创稿件⟧　⟦m 违法和不良信息举报：0537-2270110⟧</footer>
</body></html>
""",
        body="""
初夏时节，走进驴河镇后营村养殖基地，一排排圈舍整洁明亮，200多头德州黑毛驴正在悠闲进食。
“去年一头驴出栏能卖到1.3万元，比种粮强多了。”养殖户周满仓笑着说。
近年来，驴河镇采取“村集体建棚、农户托养、企业回收”的方式，带动103户村民养驴，户均年增收2.4万元。镇里还引进阿胶加工企业，把驴皮、驴奶全部就地转化。
""",
    ),
    dict(
        slug="news-lumingwang-deer-farm-text-decorated",
        site="鹿鸣在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.lumingzx.com/shehui/20240925/311870.shtml",
        title="鹿鸣县梅花鹿养殖户领到首批“活体抵押”贷款",
        record_title="鹿鸣县梅花鹿养殖户领到首批“活体抵押”贷款_鹿鸣在线",
        date="2024-09-25",
        record_date="2024-09-25",
        page="""
!m 鹿鸣在线 — 鹿鸣人自己的新闻网
!m 新闻中心 » 社会民生 » 正文
{T}
!m 鹿鸣在线讯　2024年09月25日 14:06　作者：乔穗
!a 听新闻 🔊　　A+　A-
{BODY}
!l 【延伸阅读】全市金融助农政策汇总
!l ◆ 本地 ◆ 梅花鹿 ◆ 乡村振兴
!l 网友评论（0）　我要评论　查看全部评论>>
!m 鹿鸣在线　Copyright 2008-2024　新闻热线：0433-5556 7788
""",
        body="""
9月24日，鹿鸣县农商银行向茸岭村养殖户何长顺发放了50万元贷款，抵押物是他养的62头梅花鹿。这是全县首笔梅花鹿“活体抵押”贷款。
据介绍，银行联合县畜牧部门给每头鹿佩戴电子耳标，实时掌握存栏数量和健康状况，解决了养殖户缺少抵押物的难题。
“有了这笔钱，今年冬天的饲料不用愁了。”何长顺说。
""",
    ),
    dict(
        slug="forum-xiezi-cobbler-post-junk",
        site="老手艺论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://bbs.laoshouyi.org/thread-40921-1-1.html",
        title="关于保留街头修鞋摊位的倡议书",
        record_title="【转帖】关于保留街头修鞋摊位的倡议书",
        date="2025-04-02",
        page="""
!m 老手艺论坛 › 城市记忆 › 修补匠人
!m 查看: 1833|回复: 27
!t 【转帖】关于保留街头修鞋摊位的倡议书
!m 楼主　钉掌老周　发表于 2025-4-6 21:17　只看该作者
{BODY}
!d 本帖最后由 钉掌老周 于 2025-4-6 21:20 编辑
!l 沙发　皮匠阿梅　说得好，我家楼下的修鞋摊都搬走两年了
!l 回复　举报　支持(14)　反对(0)
!a 快速回复：登录后才可以发帖
""",
        junk=dict(lines=2, glued=2),
        body="""
广大市民朋友们：
修鞋、配钥匙、缝补衣物的小摊，曾经遍布我们城市的街头巷尾。近年来，这些摊位越来越少，许多老人找不到地方修鞋。
为此，我们倡议：一、请街道在便民服务点为修鞋匠预留摊位；二、请市民多照顾身边的手艺人生意；三、请年轻人向老师傅学一门修补手艺。
旧鞋修一修还能再穿三年，这既是节约，也是一份人情味。
蕖阳市手艺人互助会
2025年4月2日
""",
    ),
    dict(
        slug="forum-ostrich-html-discuz-summary",
        site="特禽养殖论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.teqinbbs.com/forum.php?mod=viewthread&tid=77215",
        title="鸵鸟养殖场2024年上半年防疫工作总结",
        record_title="鸵鸟养殖场2024年上半年防疫工作总结 - 特禽养殖论坛",
        date="2024-07-03",
        page="""
<html><head><meta charset="gbk"><title>鸵鸟养殖场2024年上半年防疫工作总结 - 特禽养殖论坛</title></head><body>
<div id="hd">⟦m 特禽养殖论坛 - 火鸡 鸵鸟 孔雀 野鸭养殖交流⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 鸵鸟养殖 › 经验分享⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 砂原鸵鸟场⟧<br>⟦m 帖子 213 积分 1026⟧</td>
<td class="plc"><h1>{T}</h1><div class="pti">⟦m 发表于 2024-7-5 08:44⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="sign">⟦l 签名：诚供鸵鸟苗，电话同微信⟧</div>
<div class="reply">⟦l 2#　沙丘养禽户：学习了，感谢分享⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2024⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=1),
        body="""
上半年，本场存栏鸵鸟1260只，未发生重大疫病，雏鸟成活率达到91.5%。
一、严格消毒。场区入口设消毒池，每周带鸟消毒两次。
二、按时免疫。完成新城疫、禽流感疫苗接种，免疫密度100%。
三、做好记录。建立免疫档案，做到每只鸟可查可溯。
砂原县腾达鸵鸟养殖场
2024年7月3日
""",
    ),
    dict(
        slug="blog-qiuyuan-peony-grower-notes",
        site="牡丹园丁的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://peonygarden.blogspot-cn.net/2025/05/blog-post_12.html",
        title="参加牡丹种苗嫁接培训班的几点体会",
        record_title=None,
        date="2025-05-12",
        page="""
!m 牡丹园丁的博客 · 种花、种地、种日子
!m 首页　归档　关于我
{T}
!m 发布于 2025年5月12日　分类：园艺手记　标签：
!l 牡丹, 嫁接, 培训
{BODY}
!l 上一篇：芍药和牡丹怎么区分　　下一篇：雨后的丹原坡
!l 3 条评论
!l 花田里：写得实在，明年我也去报名。
!d 本博客文字原创，转载请注明出处及作者
""",
        gap=True,
        body="""
五月上旬，我参加了丹原县林业站举办的牡丹种苗嫁接培训班，为期五天，收获很大。
第一，嫁接看时机。老师讲，砧木要选两年生芍药根，秋季嫁接成活率最高。
第二，手要稳。切口要平，形成层对齐，绑扎松紧适度，我练了四十多株才找到手感。
第三，要勤看。嫁接后半个月内要经常检查，发现萎蔫及时补接。
回来后，我把笔记整理成小册子，分享给村里的几位花农。
""",
    ),
    dict(
        slug="blog-tangchi-html-hotspring-diary",
        site="汤池札记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://tangchi.blog.cnwp.net/archives/1187",
        title="在温泉康养中心做志愿者的一个月",
        record_title="在温泉康养中心做志愿者的一个月 | 汤池札记",
        date="2024-10-30",
        page="""
<!DOCTYPE html><html><head><meta charset="UTF-8"><title>在温泉康养中心做志愿者的一个月 | 汤池札记</title>
<script>window.dataLayer=[];</script></head><body>
<header><div class="site-title">⟦m 汤池札记⟧</div><div class="tagline">⟦m 一个退休教师的流水账⟧</div>
<nav>⟦l 首页 随笔 旅行 读书 留言板⟧</nav></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 2024年10月30日 · 梁月娥 · 阅读 356⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：志愿服务 / 温泉 / 康养⟧</div></article>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年10月 (4)⟧</li><li>⟦l 2024年9月 (6)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 退休 读书 旅行 书法 温泉⟧</p></aside>
<section class="comments">⟦l 发表评论 —— 您的邮箱不会被公开⟧</section>
<footer>⟦m © 2024 汤池札记 · 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
十月，我报名到汤泉县温泉康养中心做志愿者，主要陪伴来疗养的老年人。
每天上午，我帮助老人量血压、登记泡池时间，提醒他们每次泡温泉不超过二十分钟。下午，我给大家读报、教写毛笔字。
一个月下来，我认识了四十多位老人，也明白了陪伴比什么都重要。
""",
    ),
]
